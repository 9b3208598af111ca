/**
 * The working copy of one normalised line. Each reader takes what it understands out of the
 * text (blanking it with spaces, so positions and token boundaries stay put); what is left at the
 * end is what nobody understood, which the parser reports.
 */
export class LineScanner {
  private text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** The text not yet taken. */
  get remaining(): string {
    return this.text;
  }

  /**
   * Takes the first match of `pattern` (non-global) out of the text. `needs`, when given, is a
   * quick test every match passes (usually a character class): a line failing it skips the pattern.
   */
  take(pattern: RegExp, needs?: RegExp): RegExpExecArray | undefined {
    if (needs !== undefined && !needs.test(this.text)) return undefined;
    const match = pattern.exec(this.text);
    if (!match) return undefined;
    this.blank(match.index, match[0].length);
    return match;
  }

  /** Takes every match of a global `pattern` out of the text, in order; `needs` as for `take`. */
  takeAll(pattern: RegExp, needs?: RegExp): RegExpExecArray[] {
    const matches: RegExpExecArray[] = [];
    if (needs !== undefined && !needs.test(this.text)) return matches;
    const text = this.text;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') pattern.lastIndex++;
      matches.push(match);
    }
    for (const match of matches) this.blank(match.index, match[0].length);
    return matches;
  }

  /** Takes `length` characters at `index` out of the text. */
  blank(index: number, length: number): void {
    this.text = this.text.slice(0, index) + spaces(length) + this.text.slice(index + length);
  }
}

const SPACES: string[] = [''];

/** `length` spaces, each length built once. */
function spaces(length: number): string {
  for (let n = SPACES.length; n <= length; n++) SPACES.push(SPACES[n - 1] + ' ');
  return SPACES[length]!;
}
