import { groupDigits } from './groupDigits';

/**
 * Formats integer kilograms as tonnes with three decimals (the broker's unit), integer
 * arithmetic only: `56000` → `56.000`, `1234567` → `1,234.567`.
 * @throws RangeError when `kg` is not a safe integer (weight is never a float).
 */
export function formatTonnes(kg: number): string {
  if (!Number.isSafeInteger(kg)) throw new RangeError(`formatTonnes: ${kg} is not a whole number of kilograms`);
  const sign = kg < 0 ? '-' : '';
  const abs = Math.abs(kg);
  return `${sign}${groupDigits(String(Math.trunc(abs / 1000)))}.${String(abs % 1000).padStart(3, '0')}`;
}
