import type { Candidate, MatchableOffer, MatchableRequestLine, MatchContext } from './matchTypes';
import { createOfferIndex, type OfferIndex } from './offerIndex';
import { bestGradeFit, distancesTo, scoreOffer } from './scoreOffer';
import { bestCandidates } from './scoreCandidates';
import { toCandidate } from './explainMatch';
import { isOwnOffer } from './ownOffer';

const DEFAULT_LIMIT = 20;

/**
 * Candidate offers for one request line, best first, each with a score and an explanation (which
 * attributes matched, which were substituted, the price gap to the target, the distance, how much
 * it fills). Only offers of the line's category, of a grade that meets one the buyer accepts
 * (HRB400E for HRB400, not the reverse), whose spec fits within the buyer's tolerance, open, valid
 * on `ctx.today` and with kg left are candidates.
 *
 * Pass an index built once with `createOfferIndex(offers)` when ranking many lines; a plain list
 * is indexed on each call.
 */
export function rankOffers<O extends MatchableOffer>(
  line: MatchableRequestLine,
  offers: OfferIndex<O> | Iterable<O>,
  ctx: MatchContext,
): Array<Candidate<O>> {
  const index = isOfferIndex(offers) ? offers : createOfferIndex(offers);
  const availableOf = (slot: number) => {
    const { offer } = index.entries[slot]!;
    return isOwnOffer(offer, ctx.buyerId) ? 0 : offer.availableKg;
  };
  const slots = bestCandidates(line, index, ctx.today, availableOf, ctx.limit ?? DEFAULT_LIMIT);
  const distanceOf = distancesTo(line.deliveryCity);
  // Only the few returned are scored again as objects, for their explanation.
  return slots.map((slot) => {
    const entry = index.entries[slot]!;
    const scored = scoreOffer(line, entry, bestGradeFit(line.grades, entry.offer.grade)!, entry.offer.availableKg, distanceOf)!;
    return toCandidate(line, scored);
  });
}

function isOfferIndex<O extends MatchableOffer>(offers: OfferIndex<O> | Iterable<O>): offers is OfferIndex<O> {
  return 'byCategory' in offers;
}
