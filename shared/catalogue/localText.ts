/**
 * A user-facing text in both UI languages, Chinese first. Domain code produces these so that a
 * reason, a problem or a breakdown line reads the same wherever it is shown; the renderer picks
 * the language the user chose.
 */
export interface LocalText {
  zh: string;
  en: string;
}
