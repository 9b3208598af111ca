import { describe, expect, it, vi } from 'vitest';
import { buildSteelDeskApi, type IpcTransport } from '../../../../shared/ipc/steelDeskApi';

describe('buildSteelDeskApi', () => {
  const transport = (): IpcTransport & { listeners: Map<string, (payload: unknown) => void> } => {
    const listeners = new Map<string, (payload: unknown) => void>();
    return {
      listeners,
      invoke: vi.fn(async (channel: string) => `answer from ${channel}`),
      subscribe: vi.fn((channel: string, listener: (payload: unknown) => void) => {
        listeners.set(channel, listener);
        return () => listeners.delete(channel);
      }),
    };
  };

  it('groups channels by area: one method per invoke channel, on<Event> per event channel', () => {
    const api = buildSteelDeskApi(transport());
    expect(Object.keys(api).sort()).toEqual(['app', 'hub', 'office', 'print', 'settings', 'shell']);
    expect(Object.keys(api.hub).sort()).toEqual(['onPairingChanged', 'pair', 'pairing', 'send', 'unpair']);
    expect(Object.keys(api.settings).sort()).toEqual(['get', 'onChanged', 'update']);
    expect(Object.keys(api.app)).toEqual(['info']);
    expect(Object.keys(api.shell)).toEqual(['openExternal']);
  });

  it('sends a call with its channel and all its arguments', async () => {
    const wire = transport();
    const api = buildSteelDeskApi(wire);
    await expect(api.settings.update({ brokerName: '李娜' })).resolves.toBe('answer from settings.update');
    expect(wire.invoke).toHaveBeenCalledExactlyOnceWith('settings.update', [{ brokerName: '李娜' }]);
  });

  it('subscribes a listener to its event channel and returns the unsubscribe function', () => {
    const wire = transport();
    const api = buildSteelDeskApi(wire);
    const listener = vi.fn();
    const unsubscribe = api.settings.onChanged(listener);
    wire.listeners.get('settings.changed')?.({ language: 'en' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ language: 'en' });
    unsubscribe();
    expect(wire.listeners.has('settings.changed')).toBe(false);
  });
});
