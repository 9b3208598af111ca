import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../shared/ipc/channels';
import { dispatchInvoke, type IpcHandlers } from '../../../../shared/ipc/dispatchInvoke';
import { IpcError } from '../../../../shared/ipc/ipcError';
import { validateEventPayload } from '../../../../shared/ipc/validateEventPayload';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const unused = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, () => Promise.reject(new Error(`${channel} is not used here`))]));
  return {
    ...(unused as unknown as IpcHandlers),
    'app.info': () => ({ version: '1.0.0', platform: 'test', shell: 'browser' }),
    'settings.get': () => DEFAULT_SETTINGS,
    'settings.update': vi.fn(() => DEFAULT_SETTINGS),
    'shell.openExternal': () => false,
    'print.confirmation': () => ({ status: 'cancelled' }),
    'print.ready': () => null,
    ...overrides,
  };
}

describe('dispatchInvoke', () => {
  it('runs the handler with the validated arguments and returns its validated result', async () => {
    const update = vi.fn(() => ({ ...DEFAULT_SETTINGS, brokerName: '张伟' }));
    await expect(dispatchInvoke(handlers({ 'settings.update': update }), 'settings.update', [{ brokerName: '张伟' }])).resolves.toEqual({
      ...DEFAULT_SETTINGS,
      brokerName: '张伟',
    });
    expect(update).toHaveBeenCalledExactlyOnceWith({ brokerName: '张伟' });
  });

  it('awaits asynchronous handlers', async () => {
    await expect(dispatchInvoke(handlers({ 'shell.openExternal': async () => true }), 'shell.openExternal', ['https://www.mysteel.com/'])).resolves.toBe(true);
  });

  it('refuses an unknown channel or an event channel, listing the channels it knows', async () => {
    await expect(dispatchInvoke(handlers(), 'fs.readFile', ['/etc/passwd'])).rejects.toThrow(
      'fs.readFile: unknown channel: expected one of app.info, settings.get, settings.update, shell.openExternal',
    );
    await expect(dispatchInvoke(handlers(), 'settings.changed', [])).rejects.toThrow('settings.changed: unknown channel');
  });

  it('refuses invalid arguments before the handler runs, naming every bad field', async () => {
    const update = vi.fn(() => DEFAULT_SETTINGS);
    const call = dispatchInvoke(handlers({ 'settings.update': update }), 'settings.update', [{ language: 'fr', printer: { copies: 0 } }]);
    await expect(call).rejects.toBeInstanceOf(IpcError);
    await expect(call).rejects.toMatchObject({ channel: 'settings.update', refusal: 'invalid-args' });
    await expect(call).rejects.toThrow(/^settings\.update: invalid arguments: args\[0\]\.language: .+; args\[0\]\.printer\.copies: .+$/);
    expect(update).not.toHaveBeenCalled();
  });

  it("refuses a handler's result that breaks the contract", async () => {
    const call = dispatchInvoke(handlers({ 'settings.get': () => ({ ...DEFAULT_SETTINGS, language: 'fr' }) as never }), 'settings.get', []);
    await expect(call).rejects.toThrow('settings.get: invalid result from the handler: result.language');
  });

  it('lets an error thrown by the handler through unchanged', async () => {
    const failure = new Error('disk full');
    await expect(dispatchInvoke(handlers({ 'settings.get': () => Promise.reject(failure) }), 'settings.get', [])).rejects.toBe(failure);
  });
});

describe('validateEventPayload', () => {
  it('passes a payload that fits the contract', () => {
    expect(validateEventPayload('settings.changed', DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses one that does not', () => {
    expect(() => validateEventPayload('settings.changed', { ...DEFAULT_SETTINGS, brokerPrefix: 'x' })).toThrow(
      'settings.changed: invalid event payload: payload.brokerPrefix: prefix is 2-4 capital letters',
    );
  });
});
