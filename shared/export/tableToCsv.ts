import type { DataCell, DataTable } from './dataTable';

/** A text cell starting with one of these would run as a formula in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The table as CSV text (RFC 4180): the header row, then the data rows, CRLF after each line.
 * A field with a comma, a quote or a line break is quoted, quotes doubled; `null` is an empty
 * field; a text that a spreadsheet would read as a formula is prefixed with `'` so it stays text.
 * Numbers are written as they are (no thousands separators), so they stay numbers in Excel.
 * Throws when a row is not as long as the header, naming the row, so no column is silently shifted.
 */
export function tableToCsv(table: DataTable): string {
  const width = table.columns.length;
  const lines = [table.columns.map(csvField)];
  table.rows.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`table row ${r + 1} has ${row.length} cells, the header has ${width}`);
    lines.push(row.map(csvField));
  });
  return lines.map((fields) => fields.join(',') + '\r\n').join('');
}

function csvField(cell: DataCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`table cell is not a finite number: ${cell}`);
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
