const IGNORED = /[\s\p{P}\p{S}]/gu;

/**
 * Text as the search compares it: full-width forms folded (NFKC: `Ａ１` → `a1`), lower case, and
 * without spaces, punctuation or symbols, so `138-1234-5678`, `沙钢（集团）` and `xi'an` match what
 * people type.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
}
