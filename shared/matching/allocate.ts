import type { BuyRequest } from '../model';
import type { MatchableOffer, MatchableRequestLine } from './matchTypes';
import { createOfferIndex, type OfferIndex } from './offerIndex';
import { isOwnOffer } from './ownOffer';
import { bestCandidates } from './scoreCandidates';

/** A request to fill: the model's `BuyRequest`, or any object with these fields. Lines need their `lineId`. */
export type AllocatableRequest = Pick<BuyRequest, 'id' | 'buyerId'> &
  Partial<Pick<BuyRequest, 'receivedAt' | 'status'>> & { lines: ReadonlyArray<MatchableRequestLine & { lineId: string }> };

export interface AllocationContext {
  /** `YYYY-MM-DD`: offers valid until before this day are not used. */
  today: string;
  /**
   * Each buyer's priority from their customer grade (商机分配): higher is served first when supply
   * is short. A map of buyerId → rank or a function; buyers without a rank count as 0.
   */
  gradeRank: ReadonlyMap<string, number> | ((buyerId: string) => number);
  /** Kg of each request line already filled by earlier deals (by lineId); only the rest is allocated. */
  filledKg?: ReadonlyMap<string, number>;
}

/** Kg of one offer given to one request line, at the offer's price. */
export interface Allocation {
  requestId: string;
  lineId: string;
  buyerId: string;
  offerId: string;
  sellerId?: string;
  weightKg: number;
  priceFenPerTon: number;
}

/** How far a request line was filled. */
export interface LineOutcome {
  requestId: string;
  lineId: string;
  buyerId: string;
  requestedKg: number;
  allocatedKg: number;
  /** What is still missing: `requestedKg − already filled − allocatedKg`. */
  shortKg: number;
}

export interface AllocationResult {
  /** In the order they were made: priority order of the lines, best offer first within a line. */
  allocations: Allocation[];
  lines: LineOutcome[];
  /** Kg left on every offer that was drawn on, by offer id. */
  remainingKg: Map<string, number>;
}

/** Candidates ranked per line before the full list is sorted; most lines fill from the first few. */
const FIRST_LOOK = 8;

/**
 * Fills many request lines from the available offers, deterministically. Lines are served in
 * priority order — buyer's grade rank (higher first), then the earlier request, then request id,
 * then line order — and each takes the best candidates (as rankOffers ranks them, with what is left
 * of each offer) until it is full or nothing fits. So a line may be split across several offers,
 * an offer is never given more than its `availableKg`, a line never more than it still needs, a
 * buyer never its own offer, and when supply is short every higher-grade buyer who can use an offer
 * is served before a lower-grade buyer gets any of it.
 */
export function allocate<O extends MatchableOffer>(
  requests: Iterable<AllocatableRequest>,
  offers: OfferIndex<O> | Iterable<O>,
  context: AllocationContext,
): AllocationResult {
  const index = 'byCategory' in offers ? offers : createOfferIndex(offers);
  const remaining = index.entries.map((entry) => entry.offer.availableKg);
  const result: AllocationResult = { allocations: [], lines: [], remainingKg: new Map() };
  for (const { request, line } of inPriorityOrder(requests, context)) {
    const filled = context.filledKg?.get(line.lineId) ?? 0;
    let needKg = Math.max(0, line.weightKg - filled);
    const outcome: LineOutcome = { requestId: request.id, lineId: line.lineId, buyerId: request.buyerId, requestedKg: line.weightKg, allocatedKg: 0, shortKg: needKg };
    result.lines.push(outcome);
    if (needKg === 0) continue;
    const wanted = { ...line, weightKg: needKg };
    for (const slot of bestFirst(wanted, index, context.today, (slot) => (isOwnOffer(index.entries[slot]!.offer, request.buyerId) ? 0 : remaining[slot]!))) {
      const { offer } = index.entries[slot]!;
      const kg = Math.min(needKg, remaining[slot]!);
      remaining[slot] = remaining[slot]! - kg;
      needKg -= kg;
      result.remainingKg.set(offer.id, remaining[slot]!);
      const allocation: Allocation = { requestId: request.id, lineId: line.lineId, buyerId: request.buyerId, offerId: offer.id, weightKg: kg, priceFenPerTon: offer.priceFenPerTon };
      if (offer.sellerId !== undefined) allocation.sellerId = offer.sellerId;
      result.allocations.push(allocation);
      if (needKg === 0) break;
    }
    outcome.allocatedKg = outcome.shortKg - needKg;
    outcome.shortKg = needKg;
  }
  return result;
}

/**
 * Candidate slots best first. The first few are kept while scoring; only a line they cannot fill
 * scores its candidates again, keeping all, and goes on from there. By then the first few are
 * used up and nothing else has changed (the line keeps its original need for scoring), so the
 * second ranking continues the first exactly.
 */
function* bestFirst<O extends MatchableOffer>(line: MatchableRequestLine, index: OfferIndex<O>, today: string, availableOf: (slot: number) => number): Generator<number> {
  const first = bestCandidates(line, index, today, availableOf, FIRST_LOOK);
  yield* first;
  if (first.length < FIRST_LOOK) return;
  for (const slot of bestCandidates(line, index, today, availableOf, Number.POSITIVE_INFINITY)) if (!first.includes(slot)) yield slot;
}

function inPriorityOrder(requests: Iterable<AllocatableRequest>, context: AllocationContext) {
  const rankOf = typeof context.gradeRank === 'function' ? context.gradeRank : (id: string) => (context.gradeRank as ReadonlyMap<string, number>).get(id) ?? 0;
  const open = [...requests].filter((r) => r.status === undefined || r.status === 'open');
  const ranked = open.map((request) => ({ request, rank: rankOf(request.buyerId) }));
  ranked.sort(
    (a, b) =>
      b.rank - a.rank ||
      compareReceived(a.request.receivedAt, b.request.receivedAt) ||
      (a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0),
  );
  return ranked.flatMap(({ request }) => request.lines.map((line) => ({ request, line })));
}

/** Earlier first (as instants, whatever their offsets); requests without a time after those with one. */
function compareReceived(a: string | undefined, b: string | undefined): number {
  const at = a === undefined ? Number.POSITIVE_INFINITY : Date.parse(a);
  const bt = b === undefined ? Number.POSITIVE_INFINITY : Date.parse(b);
  return at === bt ? 0 : at < bt ? -1 : 1;
}
