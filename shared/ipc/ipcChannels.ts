/**
 * Every IPC channel and its kind. Kept apart from the zod schemas in contract.ts so the preload can
 * build the window API without bundling zod; contract.ts must have exactly these channels with these
 * kinds (the compiler checks), so the two cannot drift.
 */
export const IPC_CHANNELS = {
  'app.info': 'invoke',
  'settings.get': 'invoke',
  'settings.update': 'invoke',
  'settings.changed': 'event',
  'shell.openExternal': 'invoke',
  'hub.pairing': 'invoke',
  'hub.pair': 'invoke',
  'hub.unpair': 'invoke',
  'hub.send': 'invoke',
  'hub.pairingChanged': 'event',
  'office.status': 'invoke',
  'office.statusChanged': 'event',
  'office.createBroker': 'invoke',
  'office.createPairingCode': 'invoke',
  'office.devices': 'invoke',
  'office.revokeDevice': 'invoke',
  // --- Printing ---
  'print.confirmation': 'invoke',
  'print.ready': 'invoke',
  // --- end of printing ---
} as const satisfies Record<`${string}.${string}`, 'invoke' | 'event'>;

export type ChannelName = keyof typeof IPC_CHANNELS;
