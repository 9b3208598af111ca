import { marketDayOf } from '../calendar/marketCalendar';
import type { CustomerBook } from './customerBook';
import type { DealTimelines } from './dealTimelines';

/** Per customer position: the word-of-mouth and reputation part of its contribution in the grade window. */
export interface CommunityColumns {
  referrals: Int32Array;
  ratings: Int32Array;
  ratingStarsAboveThree: Int32Array;
}

/**
 * Referrals that brought business (referred customers with a counting deal dated from `fromDay` on)
 * and ratings received from `fromDay` to `today`, for every customer in one pass each.
 */
export function collectCommunityContribution(
  book: CustomerBook,
  ordinalOf: ReadonlyMap<string, number>,
  t: DealTimelines,
  fromDay: number,
  today: number,
): CommunityColumns {
  const count = book.customers.length;
  const columns: CommunityColumns = {
    referrals: new Int32Array(count),
    ratings: new Int32Array(count),
    ratingStarsAboveThree: new Int32Array(count),
  };
  book.customers.forEach((customer, c) => {
    if (customer.referredById === undefined) return;
    const referrer = ordinalOf.get(customer.referredById);
    const last = t.start[c + 1]! - 1;
    if (referrer !== undefined && referrer !== c && last >= t.start[c]! && t.day[last]! >= fromDay) columns.referrals[referrer]!++;
  });
  for (const rating of book.ratings ?? []) {
    const c = ordinalOf.get(rating.customerId);
    if (c === undefined) continue;
    const day = marketDayOf(rating.at);
    if (day < fromDay || day > today) continue;
    columns.ratings[c]!++;
    columns.ratingStarsAboveThree[c]! += rating.score - 3;
  }
  return columns;
}
