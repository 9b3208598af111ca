import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { seed, testWorld } from '../../app/support/testServices';
import { CUSTOMER_BOOK } from './customerBook';

afterEach(() => vi.restoreAllMocks());

describe('customer export', () => {
  it('exports the filtered list to Excel in the import’s columns, with stage, phase and grade', async () => {
    const blobs: Blob[] = [];
    // jsdom has no object URLs: keep the blob the export hands over, and do not follow the link.
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:export'), revokeObjectURL: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const world = testWorld();
    await seed(world, 'main', CUSTOMER_BOOK);
    await renderApp(world, '#/customers');
    const table = await screen.findByRole('table', { name: '客户' });
    fireEvent.change(screen.getByRole('combobox', { name: '阶段' }), { target: { value: 'real' } });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('客户名单-2026-11-23.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blobs[0]!.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('客户');
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(expect.arrayContaining(['客户名称', '电话', '联系人', '阶段', '生命周期', '等级']));
    const nameColumn = rows[0]!.indexOf('客户名称');
    const stageColumn = rows[0]!.indexOf('阶段');
    expect(rows.slice(1).map((row) => [row[nameColumn], row[stageColumn]])).toEqual([
      ['上海宝丰建材有限公司', '真实客户'],
      ['无锡永兴钢铁贸易有限公司', '真实客户'],
    ]);
  });
});
