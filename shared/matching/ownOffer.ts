import type { MatchableOffer } from './matchTypes';

/** An offer of the buyer itself: a customer trading both ways does not deal with itself. */
export function isOwnOffer(offer: Pick<MatchableOffer, 'sellerId'>, buyerId: string | undefined): boolean {
  return buyerId !== undefined && offer.sellerId === buyerId;
}
