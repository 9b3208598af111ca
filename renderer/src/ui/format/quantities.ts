import { formatScaledDecimal } from '../../../../shared/money/scaledDecimal';

/**
 * Integer kg as tonnes with three decimals and thousands separators, so a column of weights
 * lines up: `56000` → `56.000`, `1234567` → `1,234.567`.
 */
export function formatTonnes(kg: number): string {
  return formatScaledDecimal(kg, 3, { groupThousands: true });
}

/**
 * A price in fen per tonne as yuan without the sign, as brokers quote it: whole yuan when there
 * are no fen (`356000` → `3,560`), else both decimals (`356050` → `3,560.50`).
 */
export function formatPricePerTon(fenPerTon: number): string {
  return formatScaledDecimal(fenPerTon, 2, { minDecimals: fenPerTon % 100 === 0 ? 0 : 2, groupThousands: true });
}
