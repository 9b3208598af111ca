import type { Candidate, MatchableOffer, MatchableRequestLine, MatchContext } from '../../../../shared/matching/matchTypes';
import { toCandidate } from '../../../../shared/matching/explainMatch';
import { bestGradeFit, compareScored, distancesTo, scoreOffer, type ScoredOffer } from '../../../../shared/matching/scoreOffer';

/**
 * The baseline rankOffers is measured and checked against: score every offer, sort them all, take
 * the first `limit`. Same scoring, no index. Used by the equivalence test and the domain bench.
 */
export function naiveRankOffers<O extends MatchableOffer>(line: MatchableRequestLine, offers: readonly O[], ctx: MatchContext): Array<Candidate<O>> {
  const distanceOf = distancesTo(line.deliveryCity);
  const scored: Array<ScoredOffer<O>> = [];
  offers.forEach((offer, slot) => {
    if ((offer.status !== undefined && offer.status !== 'open') || offer.category !== line.category) return;
    if (offer.validUntil !== undefined && offer.validUntil < ctx.today) return;
    const grade = bestGradeFit(line.grades, offer.grade);
    if (!grade) return;
    const candidate = scoreOffer(line, { offer, slot, city: offer.city }, grade, offer.availableKg, distanceOf);
    if (candidate) scored.push(candidate);
  });
  return scored
    .sort(compareScored)
    .slice(0, ctx.limit ?? 20)
    .map((s) => toCandidate(line, s));
}
