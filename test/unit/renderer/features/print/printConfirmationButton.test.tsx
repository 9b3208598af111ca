import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BookProvider } from '../../../../../renderer/src/app/book/BookContext';
import { RequireBook } from '../../../../../renderer/src/app/book/RequireBook';
import { ServicesContext } from '../../../../../renderer/src/app/ServicesContext';
import { SettingsProvider } from '../../../../../renderer/src/app/settings/SettingsContext';
import { PrintConfirmationButton } from '../../../../../renderer/src/features/print/PrintConfirmationButton';
import { createI18n } from '../../../../../renderer/src/i18n/i18n';
import { seed, testWorld, type TestWorld } from '../../app/support/testServices';
import { DEAL_ID, installPrintApi, PRINT_BOOK, type FakePrintApi } from './support/printBook';

describe('the print confirmation button', () => {
  let world: TestWorld;
  let api: { print: FakePrintApi; uninstall: () => void };

  beforeEach(async () => {
    world = testWorld({ settings: { printer: { layout: 'continuous241', deviceName: '', copies: 1 } } });
    await seed(world, 'main', PRINT_BOOK);
    api = installPrintApi();
  });

  afterEach(() => {
    cleanup();
    api.uninstall();
  });

  function show(): void {
    render(
      <ServicesContext.Provider value={world.services}>
        <I18nextProvider i18n={createI18n()}>
          <SettingsProvider port={world.settings} loading={null} failed={() => null}>
            <BookProvider name="main">
              <RequireBook>
                <PrintConfirmationButton dealId={DEAL_ID} />
              </RequireBook>
            </BookProvider>
          </SettingsProvider>
        </I18nextProvider>
      </ServicesContext.Provider>,
    );
  }

  async function printCount(): Promise<number | undefined> {
    const book = await world.open('main');
    try {
      return (await book.read.get('deals', DEAL_ID))?.printCount;
    } finally {
      book.close();
    }
  }

  const enabledButton = async (name: string) => {
    const button = await screen.findByRole('button', { name });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    return button;
  };

  it('prints the original on the paper of the printer settings, in Chinese, and records the print on the deal', async () => {
    show();
    fireEvent.click(await enabledButton('打印确认单'));
    expect(await screen.findByText('已发送到打印机。')).toBeTruthy();
    expect(api.print.confirmation).toHaveBeenCalledExactlyOnceWith({ dealId: DEAL_ID, layout: 'continuous241', mode: 'dialog', language: 'zh-CN', copy: false });
    expect(await printCount()).toBe(1);
  });

  it('offers a reprint once printed, which is sent as a copy', async () => {
    show();
    fireEvent.click(await enabledButton('打印确认单'));
    fireEvent.click(await enabledButton('重印（副本）'));
    expect(screen.getByText('已打印 1 次：再次打印将标记为副本 COPY。')).toBeTruthy();
    await waitFor(() => expect(api.print.confirmation).toHaveBeenCalledTimes(2));
    expect(api.print.confirmation.mock.calls[1]![0]).toMatchObject({ copy: true });
    await waitFor(async () => expect(await printCount()).toBe(2));
  });

  it('saves a PDF on the chosen paper and in English when asked, and says where', async () => {
    api.print.confirmation.mockResolvedValueOnce({ status: 'saved', path: '/home/zhang/成交确认单 ZL-20261123-007.pdf' });
    show();
    fireEvent.change(await screen.findByLabelText('纸张'), { target: { value: 'a4' } });
    fireEvent.change(screen.getByLabelText('单据语言'), { target: { value: 'en' } });
    fireEvent.click(await enabledButton('另存为 PDF'));
    expect(await screen.findByText('已保存到 /home/zhang/成交确认单 ZL-20261123-007.pdf')).toBeTruthy();
    expect(api.print.confirmation).toHaveBeenCalledExactlyOnceWith({ dealId: DEAL_ID, layout: 'a4', mode: 'pdf', language: 'en', copy: false });
    expect(await printCount()).toBe(1);
  });

  it('records nothing when the dialog was cancelled', async () => {
    api.print.confirmation.mockResolvedValueOnce({ status: 'cancelled' });
    show();
    fireEvent.click(await enabledButton('打印确认单'));
    expect(await screen.findByText('已取消，未打印。')).toBeTruthy();
    expect(await printCount()).toBe(0);
    expect(screen.getByRole('button', { name: '打印确认单' })).toBeTruthy();
  });

  it('says why printing failed, and records nothing', async () => {
    api.print.confirmation.mockRejectedValueOnce(new Error('print: the printer reported "Print job failed"'));
    show();
    fireEvent.click(await enabledButton('打印确认单'));
    expect((await screen.findByRole('alert')).textContent).toBe('打印失败：print: the printer reported "Print job failed"');
    expect(await printCount()).toBe(0);
  });
});
