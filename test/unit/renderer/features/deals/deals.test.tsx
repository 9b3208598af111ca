import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { renderApp } from '../../app/support/renderApp';
import { BUYER_ID, SELLER_ID, SMALL_BOOK } from '../../app/support/smallBook';
import { seed, testWorld, type TestWorld } from '../../app/support/testServices';
import type { HubPairing } from '../../../../../shared/sync/hubTransport';

const rebar20 = { text: 'Φ20*9m', dims: [20, 9000] };

function deal(number: string, status: 'draft' | 'confirmed' | 'delivered', extra: Record<string, unknown> = {}) {
  return {
    number,
    buyerId: BUYER_ID,
    sellerId: SELLER_ID,
    brokerId: 'zhang',
    dealOn: '2026-11-22',
    lines: [{ category: 'rebar' as const, grade: 'HRB400E', spec: rebar20, weightKg: 30000, weighing: 'theoretical' as const, priceFenPerTon: 356000, sellerPriceFenPerTon: 354000 }],
    delivery: { method: 'pickup' as const, warehouse: '乐从库', from: '2026-11-22', to: '2026-11-25' },
    payment: { method: 'cash_before_delivery' as const },
    tolerancePerMille: 3,
    objectionDays: 7,
    commission: { kind: 'spread' as const },
    status,
    needsApproval: false,
    printCount: 0,
    ...(status !== 'draft' && { confirmedAt: '2026-11-22T10:00:00+08:00' }),
    ...extra,
  };
}

const DEALS_BOOK: BookContents = {
  ...SMALL_BOOK,
  deals: [
    deal('ZL-20261122-AAAA-001', 'confirmed'),
    deal('ZL-20261122-AAAA-002', 'draft', { needsApproval: true, lines: [{ ...deal('x', 'draft').lines[0]!, priceFenPerTon: 354000 }] }),
    deal('ZL-20261120-AAAA-003', 'delivered', { dealOn: '2026-11-20', deliveredAt: '2026-11-23T09:00:00+08:00' }),
  ],
};

/** A broker's laptop paired with the office hub: it does not give the office's approvals. */
const BROKER_PAIRING: HubPairing = {
  paired: true,
  hubUrl: 'http://192.168.1.10:8787',
  account: { role: 'broker', brokerId: 'zhang' },
  hub: { id: 'hub-1', epoch: 1 },
  deviceName: '张磊的笔记本',
  pairedAt: '2026-11-23T02:00:00.000Z',
};

/** The deals book on an unpaired workstation (it approves, as the office's does), or on a broker's laptop. */
async function dealsWorld(workstation: 'unpaired' | 'broker' = 'unpaired'): Promise<TestWorld> {
  const world = testWorld();
  if (workstation === 'broker') {
    const { sync } = world.services;
    world.services = { ...world.services, sync: { ...sync, hub: { ...sync.hub, pairing: async () => BROKER_PAIRING } } };
  }
  await seed(world, 'main', DEALS_BOOK);
  await renderApp(world, '#/deals');
  return world;
}

async function stored(world: TestWorld, number: string) {
  const book = await world.open('main');
  try {
    const [found] = await book.read.query('deals', (t) => t.where('number').equals(number)).toArray();
    const amendments = await book.read.query('amendments', (t) => t.where('dealId').equals(found!.id)).toArray();
    const ratings = await book.read.query('ratings', (t) => t.where('dealId').equals(found!.id)).toArray();
    return { deal: found!, amendments, ratings };
  } finally {
    book.close();
  }
}

async function openDeal(number: string) {
  fireEvent.click(await screen.findByRole('button', { name: number }));
  const detail = await screen.findByTestId('deal-detail');
  await within(detail).findByTestId('deal-number');
  return detail;
}

describe('the deals page', () => {
  it('filters by status and by date', async () => {
    await dealsWorld();
    await screen.findByRole('button', { name: 'ZL-20261122-AAAA-001' });
    fireEvent.change(screen.getByRole('combobox', { name: '状态' }), { target: { value: 'draft' } });
    await waitFor(() => expect(screen.getByTestId('deal-list-count').textContent).toBe('1'));
    expect(screen.getByRole('button', { name: 'ZL-20261122-AAAA-002' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '状态' }), { target: { value: 'all' } });
    await waitFor(() => expect(screen.getByTestId('deal-list-count').textContent).toBe('3'));
    fireEvent.change(screen.getByLabelText('成交日期从'), { target: { value: '2026-11-21' } });
    await waitFor(() => expect(screen.getByTestId('deal-list-count').textContent).toBe('2'));
    expect(screen.queryByRole('button', { name: 'ZL-20261120-AAAA-003' })).toBeNull();
  });

  it('shows a deal with parties, lines, totals, terms, its actions and the spot for printing', async () => {
    await dealsWorld();
    const detail = await openDeal('ZL-20261122-AAAA-001');
    expect(within(detail).getByTestId('deal-number').textContent).toBe('ZL-20261122-AAAA-001');
    expect(within(detail).getByTestId('deal-status').getAttribute('data-status')).toBe('confirmed');
    // Party names arrive with the customers' query, after the deal itself.
    await waitFor(() => expect(within(detail).getByTestId('deal-buyer').textContent).toBe('宝丰建材'));
    expect(within(detail).getByTestId('deal-seller').textContent).toBe('永兴钢贸');
    expect(within(detail).getByTestId('deal-total-amount').textContent).toBe('¥106,800.00');
    expect(within(detail).getByTestId('deal-delivery').textContent).toBe('自提 · 乐从库 · 2026-11-22 – 2026-11-25');
    expect(within(detail).getByTestId('deal-tolerance').textContent).toBe('±3‰');
    expect(within(within(detail).getByTestId('deal-actions')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '已交货',
      '取消成交',
      '变更（客户同意）',
      '记录纠纷',
      '打印确认单',
      '另存为 PDF',
    ]);
    expect(within(within(detail).getByTestId('deal-print-slot')).getAllByRole('button')).toHaveLength(2);
  });

  it("on a broker's laptop a draft under the floor cannot be confirmed, nor approved, before the office approves", async () => {
    await dealsWorld('broker');
    const detail = await openDeal('ZL-20261122-AAAA-002');
    expect(within(detail).getByTestId('deal-approval').textContent).toBe('待公司审批');
    // The note shows once the laptop knows it is a broker's: by then an approval would show too.
    expect(await within(detail).findByText('价格低于底价，公司审批后才能确认。')).toBeTruthy();
    expect(within(detail).queryByRole('button', { name: '审批通过' })).toBeNull();
    expect((within(detail).getByRole('button', { name: '确认' }) as HTMLButtonElement).disabled).toBe(true);
    // Nothing is printed for signature before the deal is agreed.
    expect(within(detail).queryByTestId('deal-print-slot')).toBeNull();
  });

  it('the office approves a price under the floor; the draft then leaves the awaiting list and can be confirmed', async () => {
    const world = await dealsWorld();
    fireEvent.change(await screen.findByRole('combobox', { name: '状态' }), { target: { value: 'awaitingApproval' } });
    await waitFor(() => expect(screen.getByTestId('deal-list-count').textContent).toBe('1'));
    const detail = await openDeal('ZL-20261122-AAAA-002');
    expect(await within(detail).findByText('价格低于底价：审批通过后即可确认。')).toBeTruthy();
    fireEvent.click(within(detail).getByRole('button', { name: '审批通过' }));
    await waitFor(() => expect(within(detail).queryByTestId('deal-approval')).toBeNull());
    expect(within(detail).queryByRole('button', { name: '审批通过' })).toBeNull();
    expect((await stored(world, 'ZL-20261122-AAAA-002')).deal).toMatchObject({ status: 'draft', needsApproval: true, approvedAt: '2026-11-23T10:00:00+08:00' });
    await waitFor(() => expect(screen.getByTestId('deal-list-count').textContent).toBe('0'));

    fireEvent.click(within(detail).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(within(detail).getByTestId('deal-status').getAttribute('data-status')).toBe('confirmed'));
  });

  it('a draft is edited in place; priced at the floor again it can be confirmed', async () => {
    const world = await dealsWorld();
    const detail = await openDeal('ZL-20261122-AAAA-002');
    fireEvent.click(within(detail).getByRole('button', { name: '修改草稿' }));
    const dialog = await screen.findByRole('dialog', { name: '修改草稿 ZL-20261122-AAAA-002' });
    fireEvent.change(within(dialog).getByLabelText('HRB400E Φ20*9m 单价（元/吨）'), { target: { value: '3550' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(detail).queryByTestId('deal-approval')).toBeNull());
    fireEvent.click(within(detail).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(within(detail).getByTestId('deal-status').getAttribute('data-status')).toBe('confirmed'));
    const { deal: confirmed, amendments } = await stored(world, 'ZL-20261122-AAAA-002');
    expect(confirmed).toMatchObject({ status: 'confirmed', needsApproval: false, confirmedAt: '2026-11-23T10:00:00+08:00' });
    expect(confirmed.lines[0]!.priceFenPerTon).toBe(355_000);
    expect(amendments).toEqual([]);
  });

  it('changes a confirmed deal only by an amendment the customer agreed to', async () => {
    const world = await dealsWorld();
    const detail = await openDeal('ZL-20261122-AAAA-001');
    fireEvent.click(within(detail).getByRole('button', { name: '变更（客户同意）' }));
    const dialog = await screen.findByRole('dialog', { name: '变更 ZL-20261122-AAAA-001' });
    const save = within(dialog).getByRole('button', { name: '记录变更' }) as HTMLButtonElement;
    fireEvent.change(within(dialog).getByLabelText('磅差（‰）'), { target: { value: '5' } });
    fireEvent.change(within(dialog).getByLabelText('HRB400E Φ20*9m 吨数'), { target: { value: '28' } });
    expect(save.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('客户同意人'), { target: { value: '王经理' } });
    fireEvent.change(within(dialog).getByLabelText('同意方式'), { target: { value: 'wechat' } });
    fireEvent.change(within(dialog).getByLabelText('变更原因'), { target: { value: '买方少要 2 吨' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(within(detail).getByTestId('deal-tolerance').textContent).toBe('±5‰'));
    expect(within(detail).getByTestId('deal-total-weight').textContent).toBe('28.000 吨');
    expect(within(detail).getByTestId('deal-amendments').textContent).toContain('王经理（微信）同意：买方少要 2 吨');
    const { deal: kept, amendments } = await stored(world, 'ZL-20261122-AAAA-001');
    expect(kept.tolerancePerMille).toBe(3);
    expect(amendments.map((a) => a.changes)).toEqual([
      [
        { field: 'lines[0].weightKg', from: 30000, to: 28000 },
        { field: 'tolerancePerMille', from: 3, to: 5 },
      ],
    ]);
  });

  it('settles a delivered deal with the payment fact, then each side can rate the other once', async () => {
    const world = await dealsWorld();
    const detail = await openDeal('ZL-20261120-AAAA-003');
    fireEvent.click(within(detail).getByRole('button', { name: '结算' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '逾期付款' }));
    await waitFor(() => expect(within(detail).getByTestId('deal-status').getAttribute('data-status')).toBe('settled'));
    expect(within(detail).getByTestId('deal-paid-on-time').textContent).toBe('否');

    const sellerRates = await within(detail).findByRole('form', { name: '卖方评价 宝丰建材' });
    fireEvent.change(within(sellerRates).getByLabelText('评分'), { target: { value: '2' } });
    fireEvent.change(within(sellerRates).getByLabelText('评语（可不填）'), { target: { value: '回款慢' } });
    fireEvent.click(within(sellerRates).getByRole('button', { name: '保存评价' }));
    await waitFor(() => expect(within(detail).queryByRole('form', { name: '卖方评价 宝丰建材' })).toBeNull());
    expect(within(detail).getByRole('form', { name: '买方评价 永兴钢贸' })).toBeTruthy();

    const { deal: settled, ratings } = await stored(world, 'ZL-20261120-AAAA-003');
    expect(settled).toMatchObject({ status: 'settled', paidOnTime: false, settledAt: '2026-11-23T10:00:00+08:00' });
    expect(ratings.map((r) => [r.byRole, r.customerId, r.score, r.comment])).toEqual([['seller', BUYER_ID, 2, '回款慢']]);
  });
});
