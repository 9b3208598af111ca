/** A found word and where it starts. */
export interface FoundWord {
  word: string;
  index: number;
}

/** Finds the leftmost occurrence of any of a set of words in a text. */
export type WordFinder = (text: string) => FoundWord | undefined;

/**
 * A finder for a set of words: leftmost occurrence first, the longest word where several start at
 * the same place (镀锌管 before 镀锌). Words are bucketed by first character, so a search costs one
 * pass over the text rather than one per word.
 */
export function createWordFinder(words: readonly string[]): WordFinder {
  const byFirstChar = new Map<number, string[]>();
  // One flag per UTF-16 code unit: most characters of a line start no word and cost one array read.
  const startsWord = new Uint8Array(0x10000);
  for (const word of words) {
    const first = word.charCodeAt(0);
    startsWord[first] = 1;
    const bucket = byFirstChar.get(first) ?? [];
    bucket.push(word);
    byFirstChar.set(first, bucket);
  }
  for (const bucket of byFirstChar.values()) bucket.sort((a, b) => b.length - a.length);
  return (text) => {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (startsWord[code] === 0) continue;
      for (const word of byFirstChar.get(code)!) if (text.startsWith(word, index)) return { word, index };
    }
    return undefined;
  };
}
