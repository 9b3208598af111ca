import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../../shared/export/tableToCsv';

describe('tableToCsv', () => {
  it('writes the header and the rows, CRLF after each line, numbers as they are', () => {
    const csv = tableToCsv({ columns: ['月份', '复购率 (%)'], rows: [['2026-01', 50], ['2026-02', 33.3]] });
    expect(csv).toBe('月份,复购率 (%)\r\n2026-01,50\r\n2026-02,33.3\r\n');
  });

  it('leaves a null cell empty (a month not reached yet is not 0)', () => {
    expect(tableToCsv({ columns: ['k0', 'k1'], rows: [[100, null]] })).toBe('k0,k1\r\n100,\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    const csv = tableToCsv({ columns: ['name'], rows: [['宝丰, 上海'], ['say "hi"'], ['two\nlines']] });
    expect(csv).toBe('name\r\n"宝丰, 上海"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it('keeps a text that looks like a formula as text, but not a negative number', () => {
    expect(tableToCsv({ columns: ['a', 'b'], rows: [['=SUM(A1)', -5]] })).toBe("a,b\r\n'=SUM(A1),-5\r\n");
  });

  it('refuses a row of the wrong width or a cell that is not a finite number, saying where', () => {
    expect(() => tableToCsv({ columns: ['a', 'b'], rows: [['x', 1], ['y']] })).toThrow('table row 2 has 1 cells, the header has 2');
    expect(() => tableToCsv({ columns: ['a'], rows: [[Number.NaN]] })).toThrow(/finite/);
  });

  it('writes only the header for an empty table', () => {
    expect(tableToCsv({ columns: ['a', 'b'], rows: [] })).toBe('a,b\r\n');
  });
});
