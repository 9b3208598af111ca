import { CATEGORY_CODES, type CategoryCode } from '../catalogue/categories';
import { dayOf, marketDayOf } from '../calendar/marketCalendar';
import type { AnalyticsBook } from './book';
import { COUNTING_DEAL_STATUSES, lineSpreadFen } from './dealMargin';

/**
 * The counting deals (confirmed, delivered or settled) as columns. Deal `d`'s lines are the
 * positions `lineStart[d]` to `lineStart[d + 1] − 1`; parties are positions in the book's
 * customers (−1: a party the book does not hold).
 */
export interface DealColumns {
  count: number;
  buyer: Int32Array;
  seller: Int32Array;
  day: Int32Array;
  /** Commission per tonne in fen; NaN for a spread deal, whose margin is its lines' spread. */
  perTonFen: Float64Array;
  lineStart: Int32Array;
  /** Position of the line's category in `CATEGORY_CODES`. */
  lineCategory: Uint8Array;
  lineKg: Float64Array;
  lineSpreadFen: Float64Array;
}

/**
 * The book with its references resolved to positions and its dates parsed, once per book: the
 * analytics worker builds it when a book loads, so that each filter change reads typed arrays
 * (no id lookups, no date parsing). Customer positions are positions in `book.customers`.
 */
export interface IndexedAnalyticsBook {
  book: AnalyticsBook;
  positionOf: ReadonlyMap<string, number>;
  deals: DealColumns;
  /** Per customer: the day of `firstContactOn`, +∞ without one. */
  firstContactDay: Float64Array;
  /** Per contact log: its customer's position (−1: not in the book) and its market day. */
  logCustomer: Int32Array;
  logDay: Int32Array;
}

export function indexAnalyticsBook(book: AnalyticsBook): IndexedAnalyticsBook {
  const positionOf = new Map<string, number>();
  book.customers.forEach((customer, p) => positionOf.set(customer.id, p));
  const positionOfId = (id: string) => positionOf.get(id) ?? -1;
  const firstContactDay = Float64Array.from(book.customers, (customer) => (customer.firstContactOn === undefined ? Infinity : dayOf(customer.firstContactOn)));
  const logs = book.contactLogs;
  const logCustomer = new Int32Array(logs.length);
  const logDay = new Int32Array(logs.length);
  for (let l = 0; l < logs.length; l++) {
    logCustomer[l] = positionOfId(logs[l]!.customerId);
    logDay[l] = marketDayOf(logs[l]!.at);
  }
  return {
    book,
    positionOf,
    deals: dealColumns(book, positionOfId),
    firstContactDay,
    logCustomer,
    logDay,
  };
}

/** A plain book is indexed on the spot; an indexed one is used as it is. */
export function asIndexedBook(book: AnalyticsBook | IndexedAnalyticsBook): IndexedAnalyticsBook {
  return 'positionOf' in book ? book : indexAnalyticsBook(book);
}

const CATEGORY_POSITION = new Map<CategoryCode, number>(CATEGORY_CODES.map((code, i) => [code, i]));

/** A mask over `CATEGORY_CODES` (1: in the set), or `null` for all categories. */
export function categoryMask(categories: ReadonlySet<CategoryCode> | null): Uint8Array | null {
  return categories === null ? null : Uint8Array.from(CATEGORY_CODES, (code) => (categories.has(code) ? 1 : 0));
}

function dealColumns(book: AnalyticsBook, positionOfId: (id: string) => number): DealColumns {
  const counting = book.deals.filter((deal) => COUNTING_DEAL_STATUSES.has(deal.status));
  const lineCount = counting.reduce((sum, deal) => sum + deal.lines.length, 0);
  const columns: DealColumns = {
    count: counting.length,
    buyer: new Int32Array(counting.length),
    seller: new Int32Array(counting.length),
    day: new Int32Array(counting.length),
    perTonFen: new Float64Array(counting.length),
    lineStart: new Int32Array(counting.length + 1),
    lineCategory: new Uint8Array(lineCount),
    lineKg: new Float64Array(lineCount),
    lineSpreadFen: new Float64Array(lineCount),
  };
  let l = 0;
  counting.forEach((deal, d) => {
    columns.buyer[d] = positionOfId(deal.buyerId);
    columns.seller[d] = positionOfId(deal.sellerId);
    columns.day[d] = dayOf(deal.dealOn);
    columns.perTonFen[d] = deal.commission.kind === 'per_ton' ? (deal.commission.fenPerTon ?? 0) : NaN;
    columns.lineStart[d] = l;
    for (const line of deal.lines) {
      columns.lineCategory[l] = CATEGORY_POSITION.get(line.category)!;
      columns.lineKg[l] = line.weightKg;
      columns.lineSpreadFen[l] = lineSpreadFen(line);
      l++;
    }
  });
  columns.lineStart[counting.length] = l;
  return columns;
}
