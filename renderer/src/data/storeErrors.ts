import type { TableName } from '../../../shared/model';

/** One reason a record failed its table's schema. */
export interface RecordIssue {
  table: TableName;
  /** Where the record is: its index in the call (`12`) or its id (`id 0193…`) for an update. */
  row: number | string;
  /** Field path inside the record, e.g. `lines[0].weightKg`; empty for the record as a whole. */
  path: string;
  message: string;
}

const ISSUES_IN_MESSAGE = 5;

/** `offers[12]` for a row of a call, `offers(id 0193…)` for a stored record. */
export function recordLocation(table: string, row: number | string): string {
  return typeof row === 'number' ? `${table}[${row}]` : `${table}(${row})`;
}

/** `offers[12].priceFenPerTon`, `offers(id 0193…).grade`, or `offers[3]` for the whole record. */
export function issueLocation({ table, row, path }: RecordIssue): string {
  const where = recordLocation(table, row);
  return path ? `${where}.${path}` : where;
}

/**
 * A write refused because a record fails its table's schema; nothing was written. The message
 * names table, row and field, e.g. `offers[12].priceFenPerTon: money must be whole fen`.
 */
export class StoreValidationError extends Error {
  override readonly name = 'StoreValidationError';

  constructor(readonly issues: readonly RecordIssue[]) {
    const shown = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `${issueLocation(issue)}: ${issue.message}`);
    const more = issues.length > ISSUES_IN_MESSAGE ? ` (and ${issues.length - ISSUES_IN_MESSAGE} more)` : '';
    super(shown.join('; ') + more);
  }
}

/**
 * A write refused by a rule: unknown or deleted id, an append-only table, a table's own write
 * rule, or a write that tried to bypass the repository. Nothing was written.
 */
export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';

  /** `row` as in `RecordIssue`; absent when the refusal is about the table as a whole. */
  constructor(
    readonly table: string,
    readonly row: number | string | undefined,
    readonly reason: string,
  ) {
    super(`${row === undefined ? table : recordLocation(table, row)}: ${reason}`);
  }
}
