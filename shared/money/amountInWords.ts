import { parseScaledDecimal } from './scaledDecimal';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** Units of a digit by its position inside a four-digit group, lowest first. */
const DIGIT_UNITS = ['', '拾', '佰', '仟'] as const;
/** Units of successive four-digit groups, lowest first: (元), 万, 亿. */
const GROUP_NAMES = ['', '万', '亿'] as const;

/** The largest amount written: 9999,9999,9999.99 yuan (just under one 万亿). */
export const MAX_AMOUNT_FEN = 99_999_999_999_999;

/**
 * An amount in Chinese capital numerals (人民币大写) by the central bank's rules for bills and
 * settlement vouchers (《正确填写票据和结算凭证的基本规定》):
 * - 元 after the yuan part; 整 after 元 when there are no 角 or 分. After 角 the rules allow 整 or
 *   nothing: SteelDesk always writes 整 (`1409.50` → 壹仟肆佰零玖元伍角整), as on our confirmations.
 *   Nothing follows 分.
 * - A zero between digits is written 零, and a run of zeros as one 零 (`6007.14` → 陆仟零柒元壹角肆分,
 *   `100000001` → 壹亿零壹元整); zeros at the end of the yuan part are not written. A run of zeros
 *   ending at the 万 or 亿 position before a non-zero 仟 may have 零 or not: SteelDesk leaves it out
 *   (`107000.53` → 壹拾万柒仟元零伍角叁分, the central bank's first example).
 * - When the yuan part ends in zero and 角 is not zero, the rules allow 零 or nothing before the 角:
 *   SteelDesk writes 零 (`1680.32` → 壹仟陆佰捌拾元零叁角贰分), which leaves no room to insert a digit.
 *   When 角 is zero and 分 is not, 零 is written (`16409.02` → 壹万陆仟肆佰零玖元零贰分).
 * - Tens are written with their digit: `10` → 壹拾元整, `100000` → 壹拾万元整.
 * - Amounts under one yuan have no yuan part (`0.50` → 伍角整); zero is 零元整.
 *
 * @param amount integer fen (`140950`), or yuan as a decimal string (`"1409.50"`, `"1,409.5"`).
 * @throws RangeError for negative, non-finite, fractional-fen or over-range (above 9999,9999,9999.99 yuan) amounts, and for text that is not a decimal.
 */
export function amountInWords(amount: number | string): string {
  const fen = toFen(amount);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  if (fen === 0) return '零元整';
  let words = yuan > 0 ? `${integerInWords(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${words}整`;
  if (yuan > 0 && (jiao === 0 || yuan % 10 === 0)) words += '零';
  if (jiao > 0) words += `${DIGITS[jiao]}角`;
  return fenDigit > 0 ? `${words}${DIGITS[fenDigit]}分` : `${words}整`;
}

function toFen(amount: number | string): number {
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) throw new RangeError(`amount in words: ${amount} is not a finite amount`);
    if (!Number.isInteger(amount)) throw new RangeError(`amount in words: ${amount} is not a whole number of fen`);
    return checkRange(amount, String(amount));
  }
  const trimmed = amount.trim();
  const normalised = trimmed.replace(/,(?=\d{3}(?!\d))/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) {
    throw new RangeError(`amount in words: "${amount}" is not a yuan amount like 1409.50 (digits, at most two decimals, not negative)`);
  }
  const fen = parseScaledDecimal(normalised, 2);
  return checkRange(fen ?? Number.POSITIVE_INFINITY, trimmed);
}

function checkRange(fen: number, shown: string): number {
  if (fen < 0) throw new RangeError(`amount in words: ${shown} is negative`);
  if (fen > MAX_AMOUNT_FEN) throw new RangeError(`amount in words: ${shown} is above the largest amount, 9999,9999,9999.99 yuan`);
  return fen;
}

/**
 * A positive whole number of yuan in capitals, without 元. Zeros between non-zero digits are one
 * 零, except a run ending at the 万 or 亿 position before a non-zero 仟 (壹拾万柒仟): the rules
 * leave that 零 optional and the central bank's own example omits it.
 */
function integerInWords(value: number): string {
  const digits = String(value);
  let words = '';
  let zeroRun = false;
  let groupHasDigit = false;
  for (let i = 0; i < digits.length; i++) {
    const position = digits.length - 1 - i;
    const digit = digits.charCodeAt(i) - 48;
    if (digit === 0) {
      zeroRun = words.length > 0;
    } else {
      if (zeroRun && position % 4 !== 3) words += '零';
      words += DIGITS[digit]! + DIGIT_UNITS[position % 4];
      zeroRun = false;
      groupHasDigit = true;
    }
    if (position % 4 === 0) {
      if (groupHasDigit) words += GROUP_NAMES[position / 4];
      groupHasDigit = false;
    }
  }
  return words;
}
