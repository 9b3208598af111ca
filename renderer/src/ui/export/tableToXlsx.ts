import type { DataTable } from '../../../../shared/export/dataTable';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Characters Excel refuses in a sheet name, and its longest sheet name. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/**
 * The table as an Excel workbook (.xlsx) of one sheet: the header row in bold, then the rows,
 * numbers as numbers and `null` as an empty cell. exceljs is loaded on first use, so it does not
 * weigh on the app's start.
 */
export async function tableToXlsx(table: DataTable, sheetName: string): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, SHEET_NAME_MAX) || 'Sheet1');
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  table.columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = Math.max(10, Math.min(40, column.length * 2 + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
