/**
 * Brings the many ways a WeChat line writes the same thing to one form, so the readers need
 * only one pattern each: full-width characters to half-width (３５６０ → 3560, ＊ → *), every
 * multiplication sign (× ｘ Ｘ ✕ and x between numbers) to `*`, every diameter sign (φ ϕ Ф ∅ Ø ⌀) to
 * `Φ`, Roman grade numerals to Chinese (Ⅲ级 → 三级), emoji and invisible characters removed,
 * thousands separators dropped (3,560 → 3560), 米 to `M`, and Latin letters upper case.
 */
export function normaliseLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const point = line.codePointAt(i)!;
      i++;
      // Emoji and pictographs (U+1F000–U+1FAFF) go; rare CJK characters beyond the BMP stay.
      if (point < 0x1f000 || point > 0x1faff) out += String.fromCodePoint(point);
      continue;
    }
    out += mapChar(code, line[i]!);
  }
  return out
    .replace(/(\d)\s*[xX*]\s*(?=[\dcC])/g, '$1*')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\s*米/g, '$1M')
    .toUpperCase();
}

const DIAMETER_SIGNS = new Set([0x03c6, 0x03d5, 0x03a6, 0x0424, 0x0444, 0x2205, 0x00d8, 0x00f8, 0x2300]);
const MULTIPLY_SIGNS = new Set([0x00d7, 0x2715, 0x2716, 0x2a2f]);
const ROMAN_GRADES: Readonly<Record<number, string>> = { 0x2160: '一', 0x2161: '二', 0x2162: '三', 0x2163: '四' };

function mapChar(code: number, char: string): string {
  if (code >= 0xff01 && code <= 0xff5e) return mapChar(code - 0xfee0, String.fromCharCode(code - 0xfee0));
  if (code === 0x3000 || code === 0x00a0 || code === 0x09) return ' ';
  if (code === 0xffe5) return '¥';
  if (DIAMETER_SIGNS.has(code)) return 'Φ';
  if (MULTIPLY_SIGNS.has(code)) return '*';
  const roman = ROMAN_GRADES[code];
  if (roman !== undefined) return roman;
  // Dingbats and symbols used as decoration (☀ ★ ✅ ➡), variation selectors and joiners.
  if ((code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff) || code === 0xfe0f || code === 0x200d) return '';
  if (code === 0x5678) return '吨'; // 噸, the traditional form
  return char;
}
