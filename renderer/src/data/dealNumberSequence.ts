import Dexie from 'dexie';
import { deviceTag, formatDealNumber } from '../../../shared/deals/dealNumber';
import type { BookDatabase } from './bookDatabase';

/** The `syncState` key of this device's deal-number counter: the market date and the last number given that day. */
export const DEAL_SEQUENCE_KEY = 'dealSequence';

interface DealSequenceRow {
  date: string;
  last: number;
}

/**
 * Hands out deal confirmation numbers (`<prefix>-<YYYYMMDD>-<device>-<seq>`, shared/deals) from a
 * per-device, per-day counter kept in `syncState`. `next` must run inside the transaction that
 * writes the deal (`repository.atomically(['deals', ...], ...)`, which always includes
 * `syncState`): the counter is read and written there, so two windows of the book queue on that
 * table and never give out the same number, and a deal write that fails takes its number back.
 */
export class DealNumberSequence {
  constructor(
    private readonly db: BookDatabase,
    private readonly deviceId: string,
  ) {}

  async next(prefix: string, date: string): Promise<string> {
    const transaction = Dexie.currentTransaction;
    if (!transaction || transaction.mode !== 'readwrite' || !transaction.storeNames.includes('deals')) {
      throw new Error('deal numbers are taken inside the transaction that writes the deal: call next() inside repository.atomically([\'deals\', ...])');
    }
    const stored = (await this.db.syncState.get(DEAL_SEQUENCE_KEY))?.value as DealSequenceRow | undefined;
    const seq = stored?.date === date ? stored.last + 1 : 1;
    const number = formatDealNumber({ prefix, date, device: deviceTag(this.deviceId), seq });
    await this.db.syncState.put({ key: DEAL_SEQUENCE_KEY, value: { date, last: seq } satisfies DealSequenceRow });
    return number;
  }
}
