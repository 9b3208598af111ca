import { pinyin } from 'pinyin-pro';

const HAN = /^\p{Script=Han}$/u;
const SYLLABLE = /^[a-z]+$/;
const cache = new Map<string, readonly string[]>();

/**
 * Every toneless reading of a Chinese character (`长` → `chang`, `zhang`; `单` → `dan`, `shan`,
 * `chan`), none for anything else. Indexing all readings of heteronyms (多音字) finds proper nouns
 * the dictionary reads differently in context (长隆 changlong, 单县 shanxian) without per-word
 * custom dictionaries, which in pinyin-pro are global state. ü is given both as `v` (as IMEs type
 * it) and `u` (`绿` → `lv`, `lu`).
 */
export function pinyinReadings(char: string): readonly string[] {
  let readings = cache.get(char);
  if (readings === undefined) {
    readings = HAN.test(char) ? readingsOfHan(char) : [];
    cache.set(char, readings);
  }
  return readings;
}

function readingsOfHan(char: string): string[] {
  const found = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true }).filter((r) => SYLLABLE.test(r));
  return [...new Set(found.flatMap((reading) => (reading.includes('v') ? [reading, reading.replaceAll('v', 'u')] : [reading])))];
}
