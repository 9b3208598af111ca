import type { DealColumns } from './indexedBook';

/**
 * The deals that count, reduced to what the metrics read, one entry per deal in compact arrays:
 * the positions of its buyer and seller among the candidate customers (−1 for a party outside
 * them), its day, and the weight and margin of its lines in the filtered categories.
 */
export interface CountingDeals {
  count: number;
  buyer: Int32Array;
  seller: Int32Array;
  day: Int32Array;
  kg: Float64Array;
  marginFen: Float64Array;
}

/**
 * The counting deals dated on or before `asOfDay`, with a line in the categories of `mask` (any
 * line when `null`, see `categoryMask`), and a candidate customer as buyer or seller;
 * `candidateOf` maps a book position to its candidate position (−1: not a candidate). Weight and
 * margin are those of the lines in the categories: the margin is the commission per tonne on
 * their weight, or the sum of their spreads (see `dealMarginFen`).
 */
export function collectCountingDeals(deals: DealColumns, candidateOf: Int32Array, mask: Uint8Array | null, asOfDay: number): CountingDeals {
  const kept: CountingDeals = {
    count: 0,
    buyer: new Int32Array(deals.count),
    seller: new Int32Array(deals.count),
    day: new Int32Array(deals.count),
    kg: new Float64Array(deals.count),
    marginFen: new Float64Array(deals.count),
  };
  const { lineStart, lineCategory, lineKg, lineSpreadFen } = deals;
  for (let d = 0; d < deals.count; d++) {
    const day = deals.day[d]!;
    if (day > asOfDay) continue;
    const buyerAt = deals.buyer[d]!;
    const sellerAt = deals.seller[d]!;
    const buyer = buyerAt === -1 ? -1 : candidateOf[buyerAt]!;
    const seller = sellerAt === -1 ? -1 : candidateOf[sellerAt]!;
    if (buyer === -1 && seller === -1) continue;
    let kg = 0;
    let spreadFen = 0;
    for (let l = lineStart[d]!; l < lineStart[d + 1]!; l++) {
      if (mask !== null && mask[lineCategory[l]!] === 0) continue;
      kg += lineKg[l]!;
      spreadFen += lineSpreadFen[l]!;
    }
    if (kg === 0) continue;
    const perTonFen = deals.perTonFen[d]!;
    const at = kept.count++;
    kept.buyer[at] = buyer;
    kept.seller[at] = seller;
    kept.day[at] = day;
    kept.kg[at] = kg;
    kept.marginFen[at] = Number.isNaN(perTonFen) ? spreadFen : Math.round((perTonFen * kg) / 1000);
  }
  return kept;
}
