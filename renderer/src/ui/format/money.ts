import { groupDigits } from './groupDigits';

export interface YuanFormatOptions {
  /** Prefix the yuan sign `¥` (default true). */
  symbol?: boolean;
}

/**
 * Formats integer fen as yuan with two decimals and thousands separators, using integer
 * arithmetic only: `123456789` → `¥1,234,567.89`, `-5` → `-¥0.05`.
 * @throws RangeError when `fen` is not a safe integer (money is never a float).
 */
export function formatYuan(fen: number, options: YuanFormatOptions = {}): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatYuan: ${fen} is not a whole number of fen`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = groupDigits(String(Math.trunc(abs / 100)));
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${options.symbol === false ? '' : '¥'}${yuan}.${cents}`;
}
