import type { AllocatableRequest, AllocationResult } from '../../../../shared/matching/allocate';
import type { Candidate, MatchableOffer, MatchableRequestLine } from '../../../../shared/matching/matchTypes';

/** An offer as the matching worker gets it: the fields matching reads, nothing else to copy. */
export type DeskOffer = MatchableOffer & { sellerId: string };

/**
 * What the desk asks the matching worker. Plain data only (structured clone).
 */
export type MatchingRequest =
  | { type: 'index'; offers: DeskOffer[] }
  | { type: 'rank'; line: MatchableRequestLine; buyerId: string; today: string; limit: number }
  | {
      type: 'allocate';
      requests: AllocatableRequest[];
      /** Kg of each request line already held by deals, by lineId. */
      filledKg: Array<[string, number]>;
      /** Each buyer's grade priority (`gradePriority` of the grade the customer pages show), by customer id. */
      gradeRank: Array<[string, number]>;
      today: string;
    };

export interface MatchingReplies {
  index: { offers: number };
  rank: Array<Candidate<DeskOffer>>;
  allocate: AllocationResult;
}

export type MatchingReply<R extends MatchingRequest> = MatchingReplies[R['type']];

/** A request on the wire, numbered so the answer finds its caller. */
export interface MatchingEnvelope {
  id: number;
  request: MatchingRequest;
}

export type MatchingAnswer = { id: number; ok: true; reply: unknown } | { id: number; ok: false; error: string };

/** Picks the fields matching reads out of a stored offer (what crosses to the worker). */
export function toDeskOffer(offer: DeskOffer): DeskOffer {
  const picked: DeskOffer = {
    id: offer.id,
    sellerId: offer.sellerId,
    category: offer.category,
    grade: offer.grade,
    spec: offer.spec,
    availableKg: offer.availableKg,
    priceFenPerTon: offer.priceFenPerTon,
  };
  if (offer.brand !== undefined) picked.brand = offer.brand;
  if (offer.warehouse !== undefined) picked.warehouse = offer.warehouse;
  if (offer.city !== undefined) picked.city = offer.city;
  if (offer.validUntil !== undefined) picked.validUntil = offer.validUntil;
  if (offer.status !== undefined) picked.status = offer.status;
  return picked;
}
