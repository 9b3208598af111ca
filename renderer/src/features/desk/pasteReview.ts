import type { LocalText } from '../../../../shared/catalogue/localText';
import type { ListingKind, ListingLine, ParseProblem, ParsedListing, SkippedLine } from '../../../../shared/parser/listingTypes';
import { parseListing } from '../../../../shared/parser/parseListing';
import { toOfferDraft, type OfferDraftDefaults } from '../../../../shared/parser/toOfferDraft';
import { toRequestLineDraft } from '../../../../shared/parser/toRequestLineDraft';

/**
 * Where a pasted line stands: `ready` to save; `check` could be saved but carries warnings the
 * broker must tick as seen first; `blocked` cannot become a record until fixed; `skipped` was not
 * goods (a heading, a date, a greeting...).
 */
export type ReviewState = 'ready' | 'check' | 'blocked' | 'skipped';

export interface ReviewRow {
  lineNumber: number;
  /** The line as pasted (or as the broker fixed it). */
  text: string;
  state: ReviewState;
  line?: ListingLine;
  problems: ParseProblem[];
  /** Why it cannot be saved (fields missing), when blocked by the draft rules. */
  missing?: LocalText;
  skipped?: SkippedLine['reason'];
}

/** Placeholder parties: the review needs to know whether a line makes a record, not whose it is. */
const PROBE_DEFAULTS: OfferDraftDefaults = { sellerId: '', validUntil: '2000-01-01', postedAt: '2000-01-01T00:00:00+08:00' };

/** Every line of a pasted text with what became of it, in the order pasted. */
export function reviewListing(text: string, kind: ListingKind): ReviewRow[] {
  const parsed: ParsedListing = parseListing(text, kind);
  const rows: ReviewRow[] = [];
  for (const line of parsed.lines) {
    const draft = kind === 'offer' ? toOfferDraft(line, PROBE_DEFAULTS) : toRequestLineDraft(line);
    const errors = line.problems.some((p) => p.severity === 'error');
    const state: ReviewState = !draft.ok || errors ? 'blocked' : line.problems.length > 0 ? 'check' : 'ready';
    rows.push({ lineNumber: line.lineNumber, text: line.text, state, line, problems: line.problems, ...(!draft.ok && { missing: draft.message }) });
  }
  for (const problem of parsed.unreadable) {
    rows.push({ lineNumber: problem.lineNumber, text: text.split(/\r\n|\r|\n/)[problem.lineNumber - 1] ?? '', state: 'blocked', problems: [problem] });
  }
  for (const skipped of parsed.skipped) rows.push({ lineNumber: skipped.lineNumber, text: skipped.text, state: 'skipped', problems: [], skipped: skipped.reason });
  return rows.sort((a, b) => a.lineNumber - b.lineNumber);
}

/**
 * The rows that may be saved: ready ones, and flagged ones the broker ticked as seen. A flagged
 * line nobody looked at is never saved.
 */
export function savableRows(rows: readonly ReviewRow[], seen: ReadonlySet<number>): ReviewRow[] {
  return rows.filter((row) => row.state === 'ready' || (row.state === 'check' && seen.has(row.lineNumber)));
}

/** The text with line `lineNumber` (1-based) replaced: a fix is re-read with the headings above it. */
export function replaceLine(text: string, lineNumber: number, replacement: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  lines[lineNumber - 1] = replacement;
  return lines.join('\n');
}
