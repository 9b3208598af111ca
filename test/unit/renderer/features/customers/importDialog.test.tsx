import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { seed, testWorld } from '../../app/support/testServices';
import { CUSTOMER_BOOK } from './customerBook';

const FILE_ROWS = [
  ['公司名称', '电话', '地区', '联系人', '联系电话', '品种'],
  ['杭州钢材物资有限公司', '0571-88889999', '华东', '赵六', '13700000000', '螺纹钢'],
  ['宁波坏号码贸易公司', '138123', '华东', '', '', ''],
  ['', '', '', '', '', ''],
  ['上海宝丰建材有限公司', '', '华东', '李四', '13600000000', '盘螺'],
];

function upload(dialog: HTMLElement, rows: string[][]) {
  const file = new File([Papa.unparse(rows)], 'customers.csv', { type: 'text/csv' });
  fireEvent.change(within(dialog).getByLabelText('文件'), { target: { files: [file] } });
}

describe('customer import dialog', () => {
  it('previews with the guessed mapping and row errors, writes nothing until confirmed, and re-import updates instead of duplicating', async () => {
    const world = testWorld();
    await seed(world, 'main', CUSTOMER_BOOK);
    await renderApp(world, '#/customers');
    await screen.findByRole('table', { name: '客户' });
    fireEvent.click(screen.getByRole('button', { name: '导入' }));
    const dialog = await screen.findByRole('dialog', { name: '导入客户' });
    upload(dialog, FILE_ROWS);

    const summary = await within(dialog).findByTestId('import-summary');
    expect(summary.textContent).toBe('新建 1 家，更新 1 家，无变化 0 家；空行 1 行已跳过');
    expect(within(dialog).getByTestId('import-errors').textContent).toBe('第 3 行「电话」：“138123” 不是有效的电话号码');
    expect((within(dialog).getByRole('combobox', { name: '客户名称' }) as HTMLSelectElement).value).toBe('0');
    expect(within(dialog).getByTestId('import-preview').textContent).toContain('新建 杭州钢材物资有限公司');

    const book = await world.open('main');
    try {
      expect(await book.read.query('customers').count()).toBe(4);
      fireEvent.click(within(dialog).getByRole('button', { name: '确认导入' }));
      expect(await within(dialog).findByText('已导入：新建 1 家，更新 1 家')).toBeTruthy();
      const customers = await book.read.query('customers').toArray();
      expect(customers).toHaveLength(5);
      const hangzhou = customers.find((customer) => customer.name === '杭州钢材物资有限公司')!;
      expect(hangzhou).toMatchObject({ phones: ['0571-88889999'], categories: ['rebar'], brokerId: 'zhang' });
      expect(await book.read.query('contacts', (t) => t.where('customerId').equals(hangzhou.id)).toArray()).toEqual([
        expect.objectContaining({ name: '赵六', phone: '13700000000', isKey: true }),
      ]);
      const baofeng = customers.find((customer) => customer.name === '上海宝丰建材有限公司')!;
      expect(baofeng.categories).toEqual(['rebar', 'coil_rebar']);
      fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));

      // The same file again: nothing new to create or update.
      fireEvent.click(screen.getByRole('button', { name: '导入' }));
      const again = await screen.findByRole('dialog', { name: '导入客户' });
      upload(again, FILE_ROWS);
      await waitFor(() => expect(within(again).getByTestId('import-summary').textContent).toBe('新建 0 家，更新 0 家，无变化 2 家；空行 1 行已跳过'));
      expect((within(again).getByRole('button', { name: '确认导入' }) as HTMLButtonElement).disabled).toBe(true);
      expect(await book.read.query('customers').count()).toBe(5);
    } finally {
      book.close();
    }
  });

  it('lets the user change the mapping, and refuses a file it cannot read', async () => {
    const world = testWorld();
    await seed(world, 'main', CUSTOMER_BOOK);
    await renderApp(world, '#/customers');
    fireEvent.click(await screen.findByRole('button', { name: '导入' }));
    const dialog = await screen.findByRole('dialog', { name: '导入客户' });
    upload(dialog, [['单位', '号码'], ['温州钢材城', '0577-66667777']]);
    // Neither header is one the import knows: every row lacks its name until the user maps the columns.
    await waitFor(() => expect(within(dialog).getByTestId('import-errors').textContent).toBe('第 2 行「客户名称」：缺少客户名称'));
    fireEvent.change(within(dialog).getByRole('combobox', { name: '客户名称' }), { target: { value: '0' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '电话' }), { target: { value: '1' } });
    await waitFor(() => expect(within(dialog).getByTestId('import-summary').textContent).toBe('新建 1 家，更新 0 家，无变化 0 家；空行 0 行已跳过'));
    expect(within(dialog).queryByTestId('import-errors')).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('文件'), { target: { files: [new File(['x'], 'customers.xls')] } });
    expect(await within(dialog).findByText('只支持 .xlsx 和 .csv 文件')).toBeTruthy();
  });
});
