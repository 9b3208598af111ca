import { formatScaledDecimal } from '../../../../../shared/money/scaledDecimal';

/** Fen as an exact yuan decimal for exports (`123456` → `"1234.56"`): no binary float on the way. */
export function yuanText(fen: number): string {
  return formatScaledDecimal(fen, 2);
}

/** Fen as yuan for a chart axis only: a drawing position, never a stored or exported amount. */
export function yuanForPlot(fen: number): number {
  return fen / 100;
}
