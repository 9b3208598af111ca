import type { Deal, Rating } from '../model/deal';

export type RatingRole = Rating['byRole'];

/** Who a side rates: the buyer rates the seller, the seller rates the buyer. */
export function ratedCustomer(deal: Pick<Deal, 'buyerId' | 'sellerId'>, byRole: RatingRole): string {
  return byRole === 'buyer' ? deal.sellerId : deal.buyerId;
}

/**
 * The sides that may still rate this deal: ratings come after settlement (客户评价), once per side
 * (ratings are append-only, so a second one would count twice).
 */
export function openRatingRoles(deal: Pick<Deal, 'status'>, given: ReadonlyArray<Pick<Rating, 'byRole'>>): RatingRole[] {
  if (deal.status !== 'settled') return [];
  return (['buyer', 'seller'] as const).filter((role) => !given.some((rating) => rating.byRole === role));
}
