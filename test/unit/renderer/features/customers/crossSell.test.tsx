import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { uuidv7 } from '../../../../../shared/ids/uuidv7';
import type { CategoryCode } from '../../../../../shared/catalogue/categories';
import { renderApp } from '../../app/support/renderApp';
import { seed, testWorld } from '../../app/support/testServices';

const SELLER = uuidv7();
const buyers = ['甲钢贸', '乙钢贸', '丙钢贸', '丁钢贸'].map((name) => ({ id: uuidv7(), name }));
const TARGET = uuidv7();
const TARGET_DEAL = uuidv7();

function customer(id: string, name: string) {
  return { id, name, type: 'buyer' as const, region: '华东', phones: [], brokerId: 'zhang', categories: [], tags: [] };
}

function deal(buyerId: string, number: string, categories: CategoryCode[]) {
  return {
    number,
    buyerId,
    sellerId: SELLER,
    brokerId: 'zhang',
    dealOn: '2026-11-10',
    lines: categories.map((category) => ({ category, grade: 'HRB400E', spec: { text: 'Φ20', dims: [20] }, weightKg: 10_000, weighing: 'theoretical' as const, priceFenPerTon: 356_000 })),
    delivery: { method: 'pickup' as const, from: '2026-11-10', to: '2026-11-10' },
    payment: { method: 'cash_before_delivery' as const },
    tolerancePerMille: 3,
    objectionDays: 7,
    commission: { kind: 'per_ton' as const, fenPerTon: 2000 },
    status: 'settled' as const,
    needsApproval: false,
    paidOnTime: true,
    printCount: 0,
  };
}

// Three of the four other buyers take wire rod with their rebar; the target buys rebar only.
const BOOK: BookContents = {
  brokers: [{ id: 'zhang', name: '张立', prefix: 'ZL' }],
  customers: [customer(SELLER, '卖方钢厂'), ...buyers.map((b) => customer(b.id, b.name)), customer(TARGET, '目标钢贸')],
  deals: [
    ...buyers.map((b, i) => deal(b.id, `ZL-20261110-00${i + 1}`, i < 3 ? ['rebar', 'wire_rod'] : ['rebar'])),
    { ...deal(TARGET, 'ZL-20261110-009', ['rebar']), id: TARGET_DEAL },
  ],
  ratings: [
    { dealId: TARGET_DEAL, customerId: TARGET, byRole: 'seller', score: 5, comment: '回款爽快', at: '2026-11-12T09:00:00+08:00' },
    { dealId: TARGET_DEAL, customerId: TARGET, byRole: 'seller', score: 4, at: '2026-11-11T09:00:00+08:00' },
  ],
};

describe('cross-sell hints, credit record and ratings in the profile', () => {
  it('suggests what buyers of the same products also take, counts on-time payments and lists the ratings received', async () => {
    const world = testWorld();
    await seed(world, 'main', BOOK);
    await renderApp(world, '#/customers');
    fireEvent.click(await screen.findByRole('button', { name: '目标钢贸' }));
    const profile = await screen.findByRole('complementary', { name: '目标钢贸' });
    const hints = within(profile).getByRole('region', { name: '可推荐的品种' });
    await waitFor(() => expect(hints.textContent).toContain('线材：买螺纹钢的客户有 60% 也买'));
    await waitFor(() => expect(within(profile).getByRole('region', { name: '信用记录' }).textContent).toContain('按时付款 1 笔 · 逾期付款 0 笔'));
    const ratings = within(profile).getByRole('region', { name: '收到的评价' });
    expect(ratings.textContent).toContain('平均 4.5 分，共 2 条');
    expect(within(ratings).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['2026-11-12 5 分（卖方评） · 回款爽快', '2026-11-11 4 分（卖方评）']);
  });
});
