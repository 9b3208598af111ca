/**
 * Brings the many ways a WeChat line writes the same thing to one form, so the readers need
 * only one pattern each: full-width characters to half-width (３５６０ → 3560, ＊ → *), every
 * multiplication sign (× ｘ Ｘ ✕ and x between numbers) to `*`, every diameter sign (φ ϕ Ф ∅ Ø ⌀) to
 * `Φ`, Roman grade numerals to Chinese (Ⅲ级 → 三级), emoji and invisible characters removed,
 * thousands separators dropped (3,560 → 3560), 米 to `M`, and Latin letters upper case.
 */
export function normaliseLine(line: string): string {
  // Each step runs only on lines that need it: most lines need one or two.
  let text = HAS_SPECIAL.test(line) ? line.replace(SPECIAL, mapSpecial) : line;
  if (HAS_LOOSE_TIMES.test(text)) text = text.replace(LOOSE_TIMES, '$1*');
  if (text.includes(',')) text = text.replace(THOUSANDS_COMMA, '$1');
  if (text.includes('米')) text = text.replace(METRES, '$1M');
  return HAS_LOWER_CASE.test(text) ? text.replace(LOWER_CASE, (letters) => letters.toUpperCase()) : text;
}

/**
 * Everything that needs mapping, so that the common line (ASCII and CJK only) is scanned once in
 * native code: full-width forms, odd spaces, ￥, diameter and multiplication signs, Roman grade
 * numerals, decoration symbols and joiners, 噸, and emoji (as surrogate pairs).
 */
const HAS_SPECIAL =
  /[\uff01-\uff5e\u3000\u00a0\t\uffe5\u03c6\u03d5\u03a6\u0424\u0444\u2205\u00d8\u00f8\u2300\u00d7\u2715\u2716\u2a2f\u2160-\u2163\u2600-\u27bf\u2b00-\u2bff\u5678\ud83c-\ud83e]|\ufe0f|\u200d/;
const SPECIAL =
  /[\uff01-\uff5e\u3000\u00a0\t\uffe5\u03c6\u03d5\u03a6\u0424\u0444\u2205\u00d8\u00f8\u2300\u00d7\u2715\u2716\u2a2f\u2160-\u2163\u2600-\u27bf\u2b00-\u2bff\u5678]|\ufe0f|\u200d|\ud83c[\udc00-\udfff]|\ud83d[\udc00-\udfff]|\ud83e[\udc00-\udeff]/g;

/** Only Latin letters change case: upper-casing the whole (mostly Chinese) line costs more. */
const LOWER_CASE = /[a-z]+/g;
const HAS_LOWER_CASE = /[a-z]/;
/** `3.0 x 1500`, `3.0 * 1500`: a multiplication written with a letter or spaces. */
const LOOSE_TIMES = /(\d)\s*(?:[xX]|\s\*|\*\s)\s*(?=[\dcC])/g;
const HAS_LOOSE_TIMES = /\d\s*[xX]|\s\*|\*\s/;
const THOUSANDS_COMMA = /(\d),(?=\d{3}(?!\d))/g;
const METRES = /(\d)\s*米/g;

const DIAMETER_SIGNS = new Set([0x03c6, 0x03d5, 0x03a6, 0x0424, 0x0444, 0x2205, 0x00d8, 0x00f8, 0x2300]);
const MULTIPLY_SIGNS = new Set([0x00d7, 0x2715, 0x2716, 0x2a2f]);
const ROMAN_GRADES: Readonly<Record<string, string>> = { '\u2160': '一', '\u2161': '二', '\u2162': '三', '\u2163': '四' };

function mapSpecial(char: string): string {
  if (char.length === 2) return ''; // emoji and pictographs, U+1F000–U+1FAFF
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0 || code === 0x09) return ' ';
  if (code === 0xffe5) return '¥';
  if (code === 0x5678) return '吨'; // 噸, the traditional form
  const roman = ROMAN_GRADES[char];
  if (roman !== undefined) return roman;
  if (DIAMETER_SIGNS.has(code)) return 'Φ';
  if (MULTIPLY_SIGNS.has(code)) return '*';
  return ''; // decoration (☀ ★ ✅ ➡), variation selectors and joiners
}
