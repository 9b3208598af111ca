import { lineAmountFen } from '../money/lineAmount';
import type { DealLine } from './deal';

/** What a deal adds up to: total weight in kg and total amount in fen (the sum of its line amounts). */
export interface DealTotals {
  kg: number;
  amountFen: number;
}

/** Sums a deal's lines; each line amount is `lineAmountFen(price, weight)`, so the total matches the printed lines. */
export function dealTotals(deal: { readonly lines: ReadonlyArray<Pick<DealLine, 'weightKg' | 'priceFenPerTon'>> }): DealTotals {
  let kg = 0;
  let amountFen = 0;
  for (const line of deal.lines) {
    kg += line.weightKg;
    amountFen += lineAmountFen(line.priceFenPerTon, line.weightKg);
  }
  return { kg, amountFen };
}
