import { vi } from 'vitest';
import type { BookContents } from '../../../../../../renderer/src/app/AppServices';
import type { SteelDeskApi } from '../../../../../../shared/ipc/steelDeskApi';
import type { PrintReady, PrintRequest, PrintResult } from '../../../../../../shared/print/printRequest';
import { PRINTED_DEAL_LINES } from '../../../../../fixtures/print/printedDealLines';
import { BUYER_ID, SELLER_ID, SMALL_BOOK } from '../../../app/support/smallBook';

export const DEAL_ID = '019a8f00-0000-7000-8000-000000000100';

/**
 * The small book with one more deal to print, ZL-20261123-007: 30 t of rebar at ¥3,560/t plus
 * 2.345 t of plate at ¥3,612.35/t (¥8,470.96), ¥115,270.96 in all, and contacts for both parties.
 */
export const PRINT_BOOK: BookContents = {
  ...SMALL_BOOK,
  contacts: [
    { customerId: BUYER_ID, name: '王建国', phone: '13800001111', isKey: true },
    { customerId: SELLER_ID, name: '李娜', phone: '0510-88776655', isKey: false },
  ],
  deals: [
    ...(SMALL_BOOK.deals ?? []),
    {
      id: DEAL_ID,
      number: 'ZL-20261123-007',
      buyerId: BUYER_ID,
      sellerId: SELLER_ID,
      brokerId: 'zhang',
      dealOn: '2026-11-23',
      lines: PRINTED_DEAL_LINES,
      delivery: { method: 'pickup', warehouse: '乐从库', from: '2026-11-24', to: '2026-11-26' },
      payment: { method: 'credit', creditDays: 30 },
      tolerancePerMille: 3,
      objectionDays: 7,
      commission: { kind: 'per_ton', fenPerTon: 2000 },
      status: 'confirmed',
      needsApproval: false,
      printCount: 0,
    },
  ],
};

export const TOTAL_WORDS = '壹拾壹万伍仟贰佰柒拾元零玖角陆分';

export interface FakePrintApi {
  confirmation: ReturnType<typeof vi.fn<(request: PrintRequest) => Promise<PrintResult>>>;
  ready: ReturnType<typeof vi.fn<(ready: PrintReady) => Promise<null>>>;
}

/**
 * Installs `window.steeldesk` as the preload would, with only the print area (what these tests
 * use); `getApi()` returns it. Remove it with the returned function.
 */
export function installPrintApi(): { print: FakePrintApi; uninstall: () => void } {
  const print: FakePrintApi = {
    confirmation: vi.fn(async () => ({ status: 'printed' as const })),
    ready: vi.fn(async () => null),
  };
  Object.defineProperty(window, 'steeldesk', { value: { print } as unknown as SteelDeskApi, configurable: true });
  return { print, uninstall: () => Reflect.deleteProperty(window, 'steeldesk') };
}
