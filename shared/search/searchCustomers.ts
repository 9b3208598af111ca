import { SEARCH_FIELDS, type CustomerSearchIndex } from './customerSearchIndex';
import { normalizeForSearch } from './normalizeForSearch';
import { buildQueryTable, type QueryTable } from './queryTable';

/** The customers a query found. */
export interface CustomerSearchResult {
  /** The query as compared (normalised). */
  query: string;
  /** How many customers match. */
  total: number;
  /** The best `limit` matches, best first: name before short name before contact before phone, and a match at the start of a field before one inside it; ties keep book order. */
  ids: string[];
  /** Every matching customer's position in the index, in book order: lets the next keystroke search only these. */
  matches: Int32Array;
  /** The index searched, so a result of another index is never narrowed. */
  index: CustomerSearchIndex;
}

export interface SearchOptions {
  /** How many ids to rank and return (default 50). */
  limit?: number;
  /** The result for the query as it was one keystroke ago: when the new query extends it, only its matches are searched. */
  previous?: CustomerSearchResult;
}

const RANKS = SEARCH_FIELDS.length * 2;

/**
 * Finds customers whose name, short name, contact name or phone contains the query, typed as
 * characters, full pinyin (`shagang`), initials (`sgjt`) or a mix (`shagjt`, `沙gang`), any reading
 * of a heteronym counting. A match never spans two fields. An empty query matches everyone.
 */
export function searchCustomers(index: CustomerSearchIndex, text: string, options: SearchOptions = {}): CustomerSearchResult {
  const query = normalizeForSearch(text);
  const limit = options.limit ?? 50;
  const { previous } = options;
  const narrowed = previous !== undefined && previous.index === index && previous.query.length > 0 && query.startsWith(previous.query);
  const customerCount = index.ids.length;
  const candidates = narrowed ? previous.matches : null;
  const candidateCount = candidates ? candidates.length : customerCount;

  const matches = new Int32Array(candidateCount);
  const ranks = new Uint8Array(candidateCount);
  let total = 0;
  const table = query.length > 0 ? buildQueryTable(index, query) : null;
  for (let i = 0; i < candidateCount; i++) {
    const c = candidates ? candidates[i]! : i;
    const rank = table ? bestRank(index, table, c) : 0;
    if (rank < 0) continue;
    matches[total] = c;
    ranks[total++] = rank;
  }
  return { query, total, ids: rankedIds(index, matches, ranks, total, limit), matches: matches.slice(0, total), index };
}

/** The rank of customer `c`'s best match (lower is better), or −1 when it does not match. */
function bestRank(index: CustomerSearchIndex, table: QueryTable, c: number): number {
  const { fieldStart, fieldKind, fieldSignature, chars } = index;
  if ((index.customerSignature[c]! & table.startSignature) === 0) return -1;
  const { steps } = table;
  const length = table.query.length;
  // Fields come in SEARCH_FIELDS order: the first kind with a match decides, and within it a
  // match at the start of some field (a second contact's name, say) beats one inside a field.
  let inside = -1;
  for (let f = index.customerFields[c]!; f < index.customerFields[c + 1]!; f++) {
    const kind = fieldKind[f]!;
    if (inside >= 0 && kind !== inside) break;
    if ((fieldSignature[f]! & table.startSignature) === 0) continue;
    const start = fieldStart[f]!;
    const end = fieldStart[f + 1]!;
    if (steps[chars[start]! * length] !== 0 && takesFrom(steps, chars, length, start, end, 0)) return kind * 2;
    if (inside >= 0) continue;
    for (let at = start + 1; at < end; at++) {
      if (steps[chars[at]! * length] !== 0 && takesFrom(steps, chars, length, at, end, 0)) {
        inside = kind;
        break;
      }
    }
  }
  return inside < 0 ? -1 : inside * 2 + 1;
}

/**
 * Whether the query from `offset` on can be taken by the characters from position `at` on, before
 * `end`: each character takes one of the lengths its `steps` mask allows (longest first), the next
 * character the rest. A plain function over the index arrays, so the scan allocates nothing.
 */
function takesFrom(steps: Uint8Array, chars: Uint32Array, length: number, at: number, end: number, offset: number): boolean {
  const mask = steps[chars[at]! * length + offset]!;
  for (let take = 8; take >= 1; take--) {
    if (!(mask & (1 << (take - 1)))) continue;
    if (offset + take === length) return true;
    if (at + 1 < end && takesFrom(steps, chars, length, at + 1, end, offset + take)) return true;
  }
  return false;
}

/** The first `limit` matches by rank, book order within a rank: one counting pass, no sort. */
function rankedIds(index: CustomerSearchIndex, matches: Int32Array, ranks: Uint8Array, total: number, limit: number): string[] {
  const ids: string[] = [];
  for (let rank = 0; rank < RANKS && ids.length < limit; rank++) {
    for (let i = 0; i < total && ids.length < limit; i++) if (ranks[i] === rank) ids.push(index.ids[matches[i]!]!);
  }
  return ids;
}
