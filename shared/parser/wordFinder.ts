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
  const byFirstChar = new Map<string, string[]>();
  for (const word of words) {
    const bucket = byFirstChar.get(word[0]!) ?? [];
    bucket.push(word);
    byFirstChar.set(word[0]!, bucket);
  }
  for (const bucket of byFirstChar.values()) bucket.sort((a, b) => b.length - a.length);
  return (text) => {
    for (let index = 0; index < text.length; index++) {
      const bucket = byFirstChar.get(text[index]!);
      if (!bucket) continue;
      for (const word of bucket) if (text.startsWith(word, index)) return { word, index };
    }
    return undefined;
  };
}
