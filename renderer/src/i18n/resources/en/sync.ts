import type { MessageTree } from '../messages';
import type { syncMessages as zh } from '../zh-CN/sync';

/** English texts of sync with the office (同步). */
export const syncMessages: MessageTree<typeof zh> = {
  sync: {
    title: 'Sync',
    subtitle: 'Sync with the office at the end of each market day',
    outbox: 'Changes waiting to upload',
    outboxHint: 'These changes are saved on this laptop and upload to the office on the next sync.',
    hub: 'Office hub',
    hubUnset: 'not set',
    notPaired: 'Not paired',
    notPairedHint: 'This laptop is not paired with the office hub yet. Ask the office for a pairing code.',
    demoNeverSyncs: 'The demo book never syncs.',
  },
};
