import { monthOf, monthLabel } from '../calendar/marketCalendar';
import type { PreparedBook } from './prepare';
import { ratio, type Ratio } from './ratio';

/** One row of the cohort triangle. Index k of `retained` and `rates` is month k after the first. */
export interface CohortRow {
  /** `YYYY-MM` of the cohort's first deals. */
  cohort: string;
  size: number;
  /** Customers of the cohort with ≥ 1 deal in month k; `null` where month k has not begun by the as-of day. */
  retained: Array<number | null>;
  /** retained ÷ size; `null` where not reachable or the cohort is empty. */
  rates: Array<number | null>;
}

/** The retention curve at month k: the cohorts that reached k, weighted by their size. */
export interface RetentionPoint {
  k: number;
  cohorts: number;
  rate: Ratio;
}

export interface CohortRetention {
  cohorts: CohortRow[];
  curve: RetentionPoint[];
}

/**
 * Cohort retention 留存.
 * - Cohorts: the customers whose first deal ever falls in a month of the period, one row per month.
 * - Cell (cohort, k) = share of the cohort with ≥ 1 deal in the k-th month after the first month
 *   (k = 0 is the first month itself: 100%). A cell is reachable once its month has begun on or
 *   before the as-of day (so the newest diagonal is a month in progress); unreachable cells are
 *   `null`, not 0.
 * - Curve: for each k, the retained customers of all cohorts that reached k ÷ their sizes
 *   (the size-weighted average of the column).
 */
export function cohortRetention(book: PreparedBook): CohortRetention {
  const { facts, window } = book;
  const width = window.monthCount;
  const sizes = new Int32Array(width);
  const retained = new Int32Array(width * width);
  for (let c = 0; c < book.customers.length; c++) {
    const first = facts.start[c]!;
    const end = facts.start[c + 1]!;
    if (first === end) continue;
    const row = facts.month[first]! - window.fromMonth;
    if (row < 0) continue;
    sizes[row]!++;
    let previousMonth = -1;
    for (let f = first; f < end; f++) {
      const month = facts.month[f]!;
      if (month === previousMonth) continue;
      previousMonth = month;
      retained[row * width + month - facts.month[first]!]!++;
    }
  }
  const cohorts: CohortRow[] = [];
  for (let row = 0; row < width; row++) {
    const reachable = width - row;
    const counts = Array.from({ length: width }, (_, k) => (k < reachable ? retained[row * width + k]! : null));
    const size = sizes[row]!;
    const rates = counts.map((count) => (count === null || size === 0 ? null : count / size));
    cohorts.push({ cohort: monthLabel(window.fromMonth + row), size, retained: counts, rates });
  }
  const curve = Array.from({ length: width }, (_, k) => {
    let customers = 0;
    let kept = 0;
    let reached = 0;
    for (let row = 0; row + k < width; row++) {
      if (sizes[row] === 0) continue;
      reached++;
      customers += sizes[row]!;
      kept += retained[row * width + k]!;
    }
    return { k, cohorts: reached, rate: ratio(kept, customers) };
  });
  return { cohorts, curve };
}

/**
 * The customers behind cell (cohort, k) of the triangle, in book order: first deal in `cohort`
 * (`YYYY-MM`) and ≥ 1 deal in the k-th month after it. For the list shown when a cell is clicked.
 */
export function cohortCellCustomers(book: PreparedBook, cohort: string, k: number): string[] {
  const { facts } = book;
  const cohortMonth = monthOf(cohort);
  const ids: string[] = [];
  book.customers.forEach((customer, c) => {
    const first = facts.start[c]!;
    const end = facts.start[c + 1]!;
    if (first === end || facts.month[first] !== cohortMonth) return;
    for (let f = first; f < end; f++) {
      if (facts.month[f] !== cohortMonth + k) continue;
      ids.push(customer.id);
      return;
    }
  });
  return ids;
}
