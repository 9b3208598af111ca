import { formatScaledDecimal, parseScaledDecimal } from './scaledDecimal';

/**
 * Yuan as written (`"3560"`, `"3,560.50"`) to integer fen, exactly. Undefined when the text is not
 * a plain non-negative amount. More than two decimals are rounded half up to the fen.
 */
export function yuanToFen(yuan: string): number | undefined {
  return parseScaledDecimal(yuan.replace(/,(?=\d{3}(?!\d))/g, ''), 2);
}

/** Integer fen as a ¥ amount for display: `356050` → `¥3,560.50`, `-1230` → `-¥12.30`. */
export function formatFen(fen: number): string {
  const text = formatScaledDecimal(Math.abs(fen), 2, { groupThousands: true });
  return `${fen < 0 ? '-' : ''}¥${text}`;
}
