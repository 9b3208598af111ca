import { formatScaledDecimal, parseScaledDecimal } from '../money/scaledDecimal';

/** Tonnes as written (`"56"`, `"32.456"`) to integer kg, exactly; more decimals round half up. */
export function tonsToKg(tons: string): number | undefined {
  return parseScaledDecimal(tons, 3);
}

/** Integer kg as tonnes for display, without trailing zeros: `56500` → `"56.5"`, `50000` → `"50"`. */
export function formatTons(kg: number): string {
  return formatScaledDecimal(kg, 3, { minDecimals: 0 });
}
