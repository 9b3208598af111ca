/** One cell of an exported table: text, a number, or nothing (an empty cell, e.g. a month not reached yet). */
export type DataCell = string | number | null;

/**
 * A chart's data as a plain table, the one shape every export (CSV, Excel) reads: a header row of
 * column names and the data rows, each as long as the header.
 */
export interface DataTable {
  columns: readonly string[];
  rows: ReadonlyArray<readonly DataCell[]>;
}
