import { z } from 'zod';
import { PrintReadySchema, PrintRequestSchema, PrintResultSchema } from '../print/printRequest';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import { BrokerSchema } from '../model/customer';
import { CreateBrokerRequestSchema, CreatePairingCodeRequestSchema, DeviceSummarySchema, PairingCodeReplySchema } from '../sync/admin';
import { DeviceIdSchema } from '../sync/device';
import { HubPairingSchema, HubReplySchema, HubSyncEndpointSchema } from '../sync/hubTransport';
import { HubPairArgsSchema, HubPairOutcomeSchema } from './hubPairing';
import { OfficeStatusSchema } from './officeStatus';
import type { ChannelName, IPC_CHANNELS } from './ipcChannels';

/** A request/response channel: the renderer calls, main answers. */
export interface InvokeSpec {
  readonly kind: 'invoke';
  /** The arguments as a tuple, validated in main before the handler runs. */
  readonly args: z.ZodTuple;
  /** The answer, validated in main before it is sent back. */
  readonly result: z.ZodType;
}

/** A push channel: main sends, the renderer listens. */
export interface EventSpec {
  readonly kind: 'event';
  readonly payload: z.ZodType;
}

/** The shape the contract must have: one spec per channel of IPC_CHANNELS, of that channel's kind. */
type ContractShape = {
  readonly [C in ChannelName]: (typeof IPC_CHANNELS)[C] extends 'invoke' ? InvokeSpec : EventSpec;
};

/**
 * The one IPC contract. Every `invoke` channel has zod-validated arguments and result; every
 * `event` channel a payload pushed from main to the renderer. Main handlers, the preload and
 * the browser's web bridge are all typed from this table.
 *
 * Channel names are `<area>.<method>`: the preload exposes them as `api.<area>.<method>(...)`,
 * and an event `<area>.<name>` as `api.<area>.on<Name>(listener)`. A new channel goes here and in
 * IPC_CHANNELS (the compiler insists on both); the preload and the renderer's API type follow, and
 * main does not compile until it has a handler for it.
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
  /** Opens an allow-listed https link in the system browser; `false` when the link is not allowed. */
  'shell.openExternal': { kind: 'invoke', args: z.tuple([z.url({ protocol: /^https$/ })]), result: z.boolean() },

  // Sync with the office hub. The device token stays on main's side (safeStorage); the renderer
  // sees the pairing and the hub's replies, never the token.
  'hub.pairing': { kind: 'invoke', args: z.tuple([]), result: HubPairingSchema },
  /** Exchanges a one-time pairing code for a device token; a refusal says why and where. */
  'hub.pair': { kind: 'invoke', args: z.tuple([HubPairArgsSchema]), result: HubPairOutcomeSchema },
  /** Forgets the pairing and its token on this workstation (the office revokes the device at the hub). */
  'hub.unpair': { kind: 'invoke', args: z.tuple([]), result: HubPairingSchema },
  /** One sync request (`POST /v1/<endpoint>`) with the device token; rejects when no reply came. */
  'hub.send': { kind: 'invoke', args: z.tuple([HubSyncEndpointSchema, z.record(z.string(), z.unknown())]), result: HubReplySchema },
  'hub.pairingChanged': { kind: 'event', payload: HubPairingSchema },
  // Office mode: the hub this workstation runs in-process, administered with the office token main keeps.
  'office.status': { kind: 'invoke', args: z.tuple([]), result: OfficeStatusSchema },
  'office.statusChanged': { kind: 'event', payload: OfficeStatusSchema },
  'office.createBroker': { kind: 'invoke', args: z.tuple([CreateBrokerRequestSchema]), result: BrokerSchema },
  'office.createPairingCode': { kind: 'invoke', args: z.tuple([CreatePairingCodeRequestSchema]), result: PairingCodeReplySchema },
  'office.devices': { kind: 'invoke', args: z.tuple([]), result: z.array(DeviceSummarySchema) },
  'office.revokeDevice': { kind: 'invoke', args: z.tuple([DeviceIdSchema]), result: DeviceSummarySchema },

  // --- Printing (成交确认单) ---
  /** Prints a deal's confirmation (system print dialog) or saves it as PDF; a cancelled dialog answers `cancelled`. */
  'print.confirmation': { kind: 'invoke', args: z.tuple([PrintRequestSchema]), result: PrintResultSchema },
  /** The print page's signal for its job: laid out with its fonts loaded, or failed. */
  'print.ready': { kind: 'invoke', args: z.tuple([PrintReadySchema]), result: z.null() },
  // --- end of printing ---
} as const satisfies ContractShape;

export type IpcContract = typeof IPC_CONTRACT;
export type { ChannelName };
