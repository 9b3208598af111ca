import type { CellValue } from 'exceljs';

/** A file the import cannot read at all, with the reason in words of the file (not of the rows). */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: 'unsupported' | 'empty',
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/**
 * The first sheet of an Excel workbook (.xlsx) or a CSV file as rows of cell texts (row 0 = the
 * header row). CSV is read as UTF-8, or as GB18030 (what Chinese Excel saves) when it is not valid
 * UTF-8. Dates become `YYYY-MM-DD`, numbers their plain digits, formulas their result. The parsers
 * load only when a file is read.
 */
export async function readSpreadsheet(bytes: ArrayBuffer, fileName: string): Promise<string[][]> {
  const extension = fileName.toLowerCase().split('.').pop();
  const table = extension === 'xlsx' ? await readWorkbook(bytes) : extension === 'csv' ? await readCsv(bytes) : undefined;
  if (!table) throw new UnreadableFileError('unsupported', `${fileName}: not an .xlsx or .csv file`);
  if (table.length === 0) throw new UnreadableFileError('empty', `${fileName}: no rows`);
  return table;
}

async function readWorkbook(bytes: ArrayBuffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` for Node's Buffer; in the browser (and in Node) it reads any ArrayBuffer through JSZip.
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  const columns = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= columns; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

async function readCsv(bytes: ArrayBuffer): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.filter((row, i, rows) => i < rows.length - 1 || row.some((cell) => cell !== ''));
}
