import { isoDate } from './calendar';

/**
 * Hands out deal confirmation numbers `<broker prefix>-<YYYYMMDD>-<seq>`, the sequence counting
 * per broker and day from 001. Holds one counter per broker-day, not the numbers themselves.
 */
export class DealNumbers {
  private readonly counters = new Map<string, number>();

  next(prefix: string, day: number): string {
    const stem = `${prefix}-${isoDate(day).replaceAll('-', '')}`;
    const seq = (this.counters.get(stem) ?? 0) + 1;
    this.counters.set(stem, seq);
    return `${stem}-${String(seq).padStart(3, '0')}`;
  }
}
