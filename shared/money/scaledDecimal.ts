/**
 * Exact conversion between decimal text and integers scaled by a power of ten (yuan ↔ fen is
 * scale 2, tonnes ↔ kg is scale 3), so money and weight never pass through binary floating point.
 */

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/**
 * `"3560.5"` at scale 2 → `356050`. Digits beyond the scale are rounded half up (`"1.005"` → 101).
 * Undefined for anything that is not a plain non-negative decimal or whose result is not a safe integer.
 */
export function parseScaledDecimal(text: string, scale: number): number | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const kept = fraction.slice(0, scale).padEnd(scale, '0');
  const roundUp = (fraction.charCodeAt(scale) || 0) >= 0x35; // next digit ≥ '5'
  const value = Number(match[1]! + kept) + (roundUp ? 1 : 0);
  return Number.isSafeInteger(value) ? value : undefined;
}

export interface ScaledFormat {
  /** Always show this many decimals (default: the scale). */
  minDecimals?: number;
  /** Group the integer part by thousands with commas. */
  groupThousands?: boolean;
}

/** `356050` at scale 2 → `"3560.50"`; with `minDecimals: 0`, trailing zeros are dropped (`"3560.5"`). */
export function formatScaledDecimal(value: number, scale: number, format: ScaledFormat = {}): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const minDecimals = format.minDecimals ?? scale;
  let fraction = digits.slice(digits.length - scale);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const grouped = format.groupThousands ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
