import { allocate } from '../../../../shared/matching/allocate';
import { createOfferIndex, type OfferIndex } from '../../../../shared/matching/offerIndex';
import { rankOffers } from '../../../../shared/matching/rankOffers';
import type { DeskOffer, MatchingReplies, MatchingRequest } from './matchingMessages';

/**
 * The matching work of the desk: keeps the offer index (built once per change of the open
 * offers), ranks candidates for a request line, and allocates all open requests with each buyer's
 * grade priority (商机分配) derived from the customer engines. Runs inside the Web Worker; the
 * same function answers in-thread where no Worker exists (jsdom tests).
 */
export function createMatchingHandler(): (request: MatchingRequest) => MatchingReplies[MatchingRequest['type']] {
  let index: OfferIndex<DeskOffer> = createOfferIndex([]);
  return (request) => {
    switch (request.type) {
      case 'index':
        index = createOfferIndex(request.offers);
        return { offers: index.entries.length };
      case 'rank':
        return rankOffers(request.line, index, { today: request.today, limit: request.limit, buyerId: request.buyerId });
      case 'allocate': {
        return allocate(request.requests, index, { today: request.today, gradeRank: new Map(request.gradeRank), filledKg: new Map(request.filledKg) });
      }
    }
  };
}
