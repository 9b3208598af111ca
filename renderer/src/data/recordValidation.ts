import type { z } from 'zod';
import { TABLE_SCHEMAS, type TableName, type TableRecord } from '../../../shared/model';
import type { RecordIssue } from './storeErrors';

/** The outcome of checking one candidate record against its table's schema. */
export type RecordCheck<T extends TableName> =
  | { ok: true; record: TableRecord<T> }
  | { ok: false; issues: RecordIssue[] };

/**
 * Checks `candidate` against the zod schema of `table`. On success `record` is the parsed value
 * (e.g. trimmed text), which is what gets stored; on failure every issue names its field.
 */
export function checkRecord<T extends TableName>(table: T, row: number | string, candidate: unknown): RecordCheck<T> {
  const result = TABLE_SCHEMAS[table].safeParse(candidate);
  if (result.success) return { ok: true, record: result.data as TableRecord<T> };
  return { ok: false, issues: result.error.issues.flatMap((issue) => toRecordIssues(table, row, issue)) };
}

function toRecordIssues(table: TableName, row: number | string, issue: z.core.$ZodIssue): RecordIssue[] {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    // Name each unknown field where it is rather than the object that holds it.
    return issue.keys.map((key) => ({ table, row, path: joinPath(path, key), message: 'unknown field' }));
  }
  return [{ table, row, path, message: issue.message }];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : joinPath(out, String(key))), '');
}

function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
