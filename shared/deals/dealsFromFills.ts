import type { Deal, DealLine } from '../model/deal';
import type { Offer } from '../model/offer';
import { dealNeedsApproval } from './dealPriceCheck';

/** Kg taken from one offer for one request line, and the price per tonne the buyer pays for it. */
export interface Fill {
  offer: Pick<Offer, 'id' | 'sellerId' | 'category' | 'grade' | 'spec' | 'brand' | 'warehouse' | 'weighing' | 'availableKg' | 'priceFenPerTon'>;
  weightKg: number;
  /** The buyer's price; the offer's price when left out (the broker then earns a per-tonne commission). */
  priceFenPerTon?: number;
}

/** The terms every deal of one fill shares. */
export type DealTerms = Pick<Deal, 'buyerId' | 'brokerId' | 'dealOn' | 'delivery' | 'payment' | 'tolerancePerMille' | 'objectionDays' | 'commission'> &
  Partial<Pick<Deal, 'requestId'>> & { requestLineId?: string };

/** A deal as made at the desk, before the store numbers it. */
export type DealDraft = Omit<Deal, 'id' | 'number'>;

/**
 * The draft deals for filling a request line from one or more offers: one deal per seller (a deal
 * has one buyer and one seller), a line per offer with the seller's price kept beside the buyer's
 * (the spread), each marked as needing office approval when a price is under its floor.
 *
 * @throws RangeError naming the offer when a fill takes no kg, or more than the offer has.
 */
export function dealsFromFills(fills: readonly Fill[], terms: DealTerms): DealDraft[] {
  const bySeller = new Map<string, DealLine[]>();
  for (const fill of fills) {
    const { offer, weightKg } = fill;
    if (!Number.isSafeInteger(weightKg) || weightKg <= 0) throw new RangeError(`offer ${offer.id}: ${weightKg} kg is not a quantity to take`);
    if (weightKg > offer.availableKg) throw new RangeError(`offer ${offer.id}: only ${offer.availableKg} kg available, ${weightKg} kg asked`);
    const line: DealLine = {
      offerId: offer.id,
      category: offer.category,
      grade: offer.grade,
      spec: offer.spec,
      weightKg,
      weighing: offer.weighing,
      priceFenPerTon: fill.priceFenPerTon ?? offer.priceFenPerTon,
      sellerPriceFenPerTon: offer.priceFenPerTon,
    };
    if (terms.requestLineId !== undefined) line.requestLineId = terms.requestLineId;
    if (offer.brand !== undefined) line.brand = offer.brand;
    if (offer.warehouse !== undefined) line.warehouse = offer.warehouse;
    const lines = bySeller.get(offer.sellerId) ?? [];
    lines.push(line);
    bySeller.set(offer.sellerId, lines);
  }
  const { requestLineId: _line, ...shared } = terms;
  return [...bySeller].map(([sellerId, lines]) => {
    const deal: DealDraft = { ...shared, sellerId, lines, status: 'draft', needsApproval: false, printCount: 0 };
    deal.needsApproval = dealNeedsApproval(deal);
    return deal;
  });
}
