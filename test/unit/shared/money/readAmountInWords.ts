/**
 * A small reader of Chinese capital amounts (人民币大写) back to fen, written for the round-trip
 * property of amountInWords: independent of it, and strict about the characters it accepts.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };

export function readAmountInWords(words: string): number {
  const match = /^(?:(.+)元)?(?:零?(?:(.)角)?(?:零?(.)分)?)(整)?$/.exec(words);
  if (!match) throw new Error(`not an amount in words: ${words}`);
  const [, yuanWords, jiaoWord, fenWord] = match;
  const yuan = yuanWords === undefined || yuanWords === '零' ? 0 : readInteger(yuanWords);
  return yuan * 100 + digit(jiaoWord) * 10 + digit(fenWord);
}

function digit(char: string | undefined): number {
  if (char === undefined) return 0;
  const value = DIGITS.indexOf(char);
  if (value < 1) throw new Error(`not a digit: ${char}`);
  return value;
}

function readInteger(words: string): number {
  let total = 0;
  let section = 0;
  let pending = 0;
  for (const char of words) {
    if (char === '零') continue;
    const value = DIGITS.indexOf(char);
    if (value > 0) pending = value;
    else if (UNITS[char] !== undefined) {
      section += pending * UNITS[char];
      pending = 0;
    } else if (char === '万') {
      total += (section + pending) * 10_000;
      section = pending = 0;
    } else if (char === '亿') {
      total = (total + section + pending) * 100_000_000;
      section = pending = 0;
    } else throw new Error(`unexpected ${char} in ${words}`);
  }
  return total + section + pending;
}
