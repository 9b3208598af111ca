import type { DataTable } from '../../../../shared/export/dataTable';
import { tableToCsv } from '../../../../shared/export/tableToCsv';

/**
 * The table as a CSV file. It starts with a UTF-8 byte order mark: without it Excel reads the file
 * in the system code page and shows Chinese as mojibake.
 */
export function csvBlob(table: DataTable): Blob {
  return new Blob(['\uFEFF', tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
}
