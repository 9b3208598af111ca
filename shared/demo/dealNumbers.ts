import { isoDateOf } from '../calendar/marketCalendar';

/**
 * Hands out deal confirmation numbers `<broker prefix>-<YYYYMMDD>-<seq>`, the sequence counting
 * per broker and day from 001. Holds one counter per broker-day, not the numbers themselves.
 */
export class DealNumbers {
  private readonly counters = new Map<string, Map<number, number>>();

  next(prefix: string, day: number): string {
    let days = this.counters.get(prefix);
    if (days === undefined) {
      days = new Map();
      this.counters.set(prefix, days);
    }
    const seq = (days.get(day) ?? 0) + 1;
    days.set(day, seq);
    const date = isoDateOf(day);
    return `${prefix}-${date.slice(0, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-${String(seq).padStart(3, '0')}`;
  }
}
