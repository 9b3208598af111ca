import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';

/**
 * The one IPC contract. Every `invoke` channel has zod-validated arguments and result; every
 * `event` channel a payload pushed from main to the renderer. Main handlers, the preload and
 * the browser's web bridge are all typed from this table.
 *
 * Channel names are `<area>.<method>`: the preload exposes them as `api.<area>.<method>(...)`.
 */
export const IPC_CONTRACT = {
  'app.info': {
    kind: 'invoke',
    args: z.tuple([]),
    result: z.object({ version: z.string(), platform: z.string(), shell: z.enum(['electron', 'browser']) }),
  },
  'settings.get': { kind: 'invoke', args: z.tuple([]), result: SettingsSchema },
  'settings.update': { kind: 'invoke', args: z.tuple([SettingsPatchSchema]), result: SettingsSchema },
  'settings.changed': { kind: 'event', payload: SettingsSchema },
  'shell.openExternal': { kind: 'invoke', args: z.tuple([z.url()]), result: z.boolean() },
} as const;

export type IpcContract = typeof IPC_CONTRACT;
export type ChannelName = keyof IpcContract;
