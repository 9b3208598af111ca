import type { z } from 'zod';
import type { IpcContract } from './contract';
import { IPC_CHANNELS, type ChannelName } from './ipcChannels';

/** Channels the renderer calls and main answers. */
export type InvokeChannel = { [C in ChannelName]: IpcContract[C] extends { kind: 'invoke' } ? C : never }[ChannelName];
/** Channels main pushes to the renderer. */
export type EventChannel = { [C in ChannelName]: IpcContract[C] extends { kind: 'event' } ? C : never }[ChannelName];

/** What a caller passes (before validation, so schema defaults may still be missing). */
export type InvokeArgs<C extends InvokeChannel> = z.input<IpcContract[C]['args']>;
/** What a handler receives (after validation). */
export type ValidatedArgs<C extends InvokeChannel> = z.output<IpcContract[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = z.output<IpcContract[C]['result']>;
export type EventPayload<C extends EventChannel> = z.output<IpcContract[C]['payload']>;

const CHANNEL_NAMES = Object.keys(IPC_CHANNELS) as ChannelName[];

export const INVOKE_CHANNELS: readonly InvokeChannel[] = CHANNEL_NAMES.filter(
  (name): name is InvokeChannel => IPC_CHANNELS[name] === 'invoke',
);
export const EVENT_CHANNELS: readonly EventChannel[] = CHANNEL_NAMES.filter(
  (name): name is EventChannel => IPC_CHANNELS[name] === 'event',
);

export function isInvokeChannel(name: string): name is InvokeChannel {
  return (INVOKE_CHANNELS as readonly string[]).includes(name);
}

export function isEventChannel(name: string): name is EventChannel {
  return (EVENT_CHANNELS as readonly string[]).includes(name);
}

/** `'settings.update'` → `{ area: 'settings', member: 'update' }`. */
export function splitChannel(name: ChannelName): { area: string; member: string } {
  const dot = name.indexOf('.');
  return { area: name.slice(0, dot), member: name.slice(dot + 1) };
}

/** The API method that subscribes to an event: `changed` → `onChanged`. */
export function listenerMethodName(eventMember: string): string {
  return `on${eventMember.charAt(0).toUpperCase()}${eventMember.slice(1)}`;
}
