import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, UnreadableFileError } from '../../../../../renderer/src/features/customers/import/readSpreadsheet';
import { guessColumnMapping, planCustomerImport, readImportRows } from '../../../../../shared/customerImport';

const context = { brokers: [{ id: 'zhang', name: '张立' }], defaultBrokerId: 'zhang' };

async function xlsx(rows: unknown[][]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('客户').addRows(rows);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer).slice().buffer;
}

function csv(rows: string[][]): ArrayBuffer {
  return new TextEncoder().encode(Papa.unparse(rows)).buffer as ArrayBuffer;
}

function importOf(table: string[][]) {
  return readImportRows(table, guessColumnMapping(table[0]!), context);
}

describe('reading import files', () => {
  it('reads an Excel sheet: numbers as digits, dates as dates, rich text as text, empty rows kept for the importer to skip', async () => {
    const bytes = await xlsx([
      ['客户名称', '电话', '联系人', '生日', '月用量'],
      [{ richText: [{ text: '上海宝丰' }, { text: '建材有限公司' }] }, 2155667788, '王秀英', new Date(Date.UTC(1971, 2, 25)), 500],
      [],
      ['无锡永兴', '13812345678', null, null, { formula: '100*2', result: 200 }],
    ]);
    const table = await readSpreadsheet(bytes, '客户.XLSX');
    expect(table).toEqual([
      ['客户名称', '电话', '联系人', '生日', '月用量'],
      ['上海宝丰建材有限公司', '2155667788', '王秀英', '1971-03-25', '500'],
      ['', '', '', '', ''],
      ['无锡永兴', '13812345678', '', '', '200'],
    ]);
    const read = importOf(table);
    expect(read.emptyRows).toBe(1);
    // A landline typed as a number loses its leading 0: the row says so instead of importing a wrong number.
    expect(read.errors).toEqual([{ row: 2, field: 'phones', code: 'bad_phone', value: '2155667788' }]);
    expect(read.customers.map((customer) => customer.customer.name)).toEqual(['无锡永兴']);
  });

  it('reads a CSV file with quoted commas and line breaks', async () => {
    const table = await readSpreadsheet(
      csv([
        ['Company', 'Phone', 'Notes'],
        ['Shagang, Jiangsu', '0512-58568888', 'line one\nline two'],
      ]),
      'customers.csv',
    );
    expect(table).toEqual([
      ['Company', 'Phone', 'Notes'],
      ['Shagang, Jiangsu', '0512-58568888', 'line one\nline two'],
    ]);
    expect(importOf(table).customers[0]!.customer).toMatchObject({ name: 'Shagang, Jiangsu', phones: ['0512-58568888'], notes: 'line one\nline two' });
  });

  it('a file with the wrong columns reports every row as missing its name, and imports nothing', async () => {
    const table = await readSpreadsheet(csv([['型号', '价格'], ['HRB400E', '3560'], ['Q235B', '3900']]), 'prices.csv');
    const read = importOf(table);
    expect(read.customers).toEqual([]);
    expect(read.errors.map((error) => `${error.row}:${error.code}`)).toEqual(['2:missing_name', '3:missing_name']);
  });

  it('refuses other file types and empty files, saying which', async () => {
    await expect(readSpreadsheet(new ArrayBuffer(4), 'customers.xls')).rejects.toThrow(UnreadableFileError);
    await expect(readSpreadsheet(new TextEncoder().encode('').buffer as ArrayBuffer, 'empty.csv')).rejects.toMatchObject({ reason: 'empty' });
  });

  it('a damaged workbook fails with the parser’s reason instead of importing anything', async () => {
    const bytes = await xlsx([['客户名称'], ['甲公司']]);
    await expect(readSpreadsheet(bytes.slice(0, 200), 'damaged.xlsx')).rejects.toThrow(Error);
    await expect(readSpreadsheet(new TextEncoder().encode('not a zip file').buffer as ArrayBuffer, 'renamed.xlsx')).rejects.toThrow(Error);
  });

  it('a 20,000-row workbook reads, validates and plans; importing it again plans no change', async () => {
    const header = ['客户名称', '电话', '地区', '联系人', '联系电话'];
    const rows = Array.from({ length: 20_000 }, (_, i) => [`测试钢贸${i}号有限公司`, `139${String(i).padStart(8, '0')}`, '华东', `联系人${i}`, `137${String(i).padStart(8, '0')}`]);
    rows[9_999]![1] = '139-bad';
    const table = await readSpreadsheet(await xlsx([header, ...rows]), 'big.xlsx');
    expect(table).toHaveLength(20_001);
    const read = importOf(table);
    expect(read.errors).toEqual([{ row: 10_001, field: 'phones', code: 'bad_phone', value: '139-bad' }]);
    const plan = planCustomerImport(read.customers, [], []);
    expect(plan.creates).toHaveLength(19_999);

    const book = plan.creates.map((create, i) => ({ id: `c${i}`, ...create.customer }));
    const contacts = plan.creates.flatMap((create, i) => create.contacts.map((contact, k) => ({ id: `k${i}-${k}`, customerId: `c${i}`, ...contact })));
    const again = planCustomerImport(read.customers, book, contacts);
    expect(again.creates).toEqual([]);
    expect(again.updates).toEqual([]);
    expect(again.unchanged).toHaveLength(19_999);
  }, 180_000);
});
