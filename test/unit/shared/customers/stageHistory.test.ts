import { describe, expect, it } from 'vitest';
import { computeCustomerInsights, type CustomerBook } from '../../../../shared/customers';
import { customer, deal, dealsOn, idCreatedOn } from './handBuiltBook';

const TODAY = '2026-11-23';
const MARKET = idCreatedOn('2020-01-01'); // the other side of every deal; not in the book

function only(book: CustomerBook, today = TODAY, options?: Parameters<typeof computeCustomerInsights>[2]) {
  return computeCustomerInsights(book, today, options)[0]!;
}

describe('development stage: peripheral and potential', () => {
  it('a customer nobody has contacted stays peripheral from its creation', () => {
    const c = customer('2026-01-10');
    const insight = only({ customers: [c], deals: [] });
    expect(insight.stage).toBe('peripheral');
    // 2026-01-10 → 2026-11-23: 21 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 23 = 317 days.
    expect(insight.stageHistory).toEqual([{ stage: 'peripheral', enteredOn: '2026-01-10', days: 317 }]);
  });

  it('firstContactOn turns peripheral into potential on that date', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-03-01' });
    expect(only({ customers: [c], deals: [] }).stageHistory).toEqual([
      { stage: 'peripheral', enteredOn: '2026-01-10', leftOn: '2026-03-01', days: 50 },
      { stage: 'potential', enteredOn: '2026-03-01', days: 267 },
    ]);
  });

  it('a contact log counts on its market date (UTC+8), not its UTC date', () => {
    const c = customer('2026-01-10');
    const book: CustomerBook = { customers: [c], deals: [], contactLogs: [{ customerId: c.id, at: '2026-04-01T17:00:00Z' }] };
    const insight = only(book);
    expect(insight.stage).toBe('potential');
    expect(insight.stageHistory[1]!.enteredOn).toBe('2026-04-02');
  });

  it.each([
    ['a buy request', (id: string): Partial<CustomerBook> => ({ requests: [{ buyerId: id, receivedAt: '2026-05-06T10:00:00+08:00' }] })],
    ['a supply offer', (id: string): Partial<CustomerBook> => ({ offers: [{ sellerId: id, postedAt: '2026-05-06T10:00:00+08:00' }] })],
    ['a draft deal', (id: string): Partial<CustomerBook> => ({ deals: [deal(id, MARKET, { on: '2026-05-06', status: 'draft' })] })],
    ['a cancelled deal', (id: string): Partial<CustomerBook> => ({ deals: [deal(id, MARKET, { on: '2026-05-06', status: 'cancelled' })] })],
  ])('%s is a contact but not a deal: potential from its date', (_, records) => {
    const c = customer('2026-01-10');
    const insight = only({ customers: [c], deals: [], ...records(c.id) });
    expect(insight.stage).toBe('potential');
    expect(insight.stageHistory.map((s) => [s.stage, s.enteredOn])).toEqual([
      ['peripheral', '2026-01-10'],
      ['potential', '2026-05-06'],
    ]);
  });

  it('contacts after today are not counted yet', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-12-01' });
    expect(only({ customers: [c], deals: [] }).stage).toBe('peripheral');
  });
});

describe('development stage: real', () => {
  it('the first confirmed deal makes the customer real on its date', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-03-01' });
    const insight = only({ customers: [c], deals: [deal(c.id, MARKET, { on: '2026-05-10', status: 'confirmed' })] });
    expect(insight.stage).toBe('real');
    expect(insight.stageHistory).toEqual([
      { stage: 'peripheral', enteredOn: '2026-01-10', leftOn: '2026-03-01', days: 50 },
      { stage: 'potential', enteredOn: '2026-03-01', leftOn: '2026-05-10', days: 70 },
      { stage: 'real', enteredOn: '2026-05-10', days: 197 },
    ]);
  });

  it('selling through us counts as much as buying', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-03-01' });
    expect(only({ customers: [c], deals: [deal(MARKET, c.id, { on: '2026-05-10', status: 'delivered' })] }).stage).toBe('real');
  });

  it('a deal dated after today does not count yet', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-03-01' });
    expect(only({ customers: [c], deals: [deal(c.id, MARKET, { on: '2026-11-24', status: 'confirmed' })] }).stage).toBe('potential');
  });

  it('a first deal on the day of first contact skips a zero-day potential stay', () => {
    const c = customer('2026-01-10');
    const insight = only({ customers: [c], deals: [deal(c.id, MARKET, { on: '2026-05-10' })] });
    expect(insight.stageHistory.map((s) => s.stage)).toEqual(['peripheral', 'real']);
    expect(insight.stageHistory[0]!.leftOn).toBe('2026-05-10');
  });

  it('a customer contacted before its record was made starts as potential from that contact', () => {
    const c = customer('2026-06-01', { firstContactOn: '2025-09-01' });
    const insight = only({ customers: [c], deals: [deal(c.id, MARKET, { on: '2026-06-02' })] });
    expect(insight.stageHistory.map((s) => [s.stage, s.enteredOn])).toEqual([
      ['potential', '2025-09-01'],
      ['real', '2026-06-02'],
    ]);
  });
});

describe('development stage: loyal and falling back', () => {
  it('six deals over four months within a year make the customer loyal on the sixth', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-02-01' });
    const dates = ['2026-03-05', '2026-03-20', '2026-04-10', '2026-05-15', '2026-06-01', '2026-06-20'];
    const insight = only({ customers: [c], deals: dealsOn(c.id, MARKET, dates) });
    expect(insight.stage).toBe('loyal');
    expect(insight.stageHistory.slice(-2)).toEqual([
      { stage: 'real', enteredOn: '2026-03-05', leftOn: '2026-06-20', days: 107 },
      { stage: 'loyal', enteredOn: '2026-06-20', days: 156 },
    ]);
  });

  it('six deals crowded into three months are not loyalty', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-02-01' });
    const dates = ['2026-03-05', '2026-03-20', '2026-04-10', '2026-04-25', '2026-05-15', '2026-05-30'];
    expect(only({ customers: [c], deals: dealsOn(c.id, MARKET, dates) }).stage).toBe('real');
  });

  it('drafts and cancelled deals do not make up the six', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-02-01' });
    const deals = [
      ...dealsOn(c.id, MARKET, ['2026-03-05', '2026-04-10', '2026-05-15', '2026-06-01', '2026-06-20']),
      deal(c.id, MARKET, { on: '2026-07-01', status: 'cancelled' }),
      deal(c.id, MARKET, { on: '2026-07-02', status: 'draft' }),
    ];
    expect(only({ customers: [c], deals }).stage).toBe('real');
  });

  it('a loyal customer who stops trading falls back to real when the sixth-last deal leaves the 12-month window', () => {
    const c = customer('2024-12-01', { firstContactOn: '2024-12-15' });
    const dates = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10', '2025-06-10'];
    const insight = only({ customers: [c], deals: dealsOn(c.id, MARKET, dates) });
    expect(insight.stage).toBe('real');
    // The 2025-01-10 deal is in the window up to 2026-01-09 (365 days) and out on 2026-01-10.
    expect(insight.stageHistory).toEqual([
      { stage: 'peripheral', enteredOn: '2024-12-01', leftOn: '2024-12-15', days: 14 },
      { stage: 'potential', enteredOn: '2024-12-15', leftOn: '2025-01-10', days: 26 },
      { stage: 'real', enteredOn: '2025-01-10', leftOn: '2025-06-10', days: 151 },
      { stage: 'loyal', enteredOn: '2025-06-10', leftOn: '2026-01-10', days: 214 },
      { stage: 'real', enteredOn: '2026-01-10', days: 317 },
    ]);
  });

  it('a customer who comes back and trades steadily again becomes loyal a second time', () => {
    const c = customer('2024-12-01', { firstContactOn: '2024-12-15' });
    const dates = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10', '2025-06-10'];
    const comeback = ['2026-06-03', '2026-07-03', '2026-08-03', '2026-09-03', '2026-10-03', '2026-11-03'];
    const insight = only({ customers: [c], deals: dealsOn(c.id, MARKET, [...dates, ...comeback]) });
    expect(insight.stageHistory.map((s) => [s.stage, s.enteredOn, s.leftOn])).toEqual([
      ['peripheral', '2024-12-01', '2024-12-15'],
      ['potential', '2024-12-15', '2025-01-10'],
      ['real', '2025-01-10', '2025-06-10'],
      ['loyal', '2025-06-10', '2026-01-10'],
      ['real', '2026-01-10', '2026-11-03'],
      ['loyal', '2026-11-03', undefined],
    ]);
  });

  it('takes configurable loyalty thresholds', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-02-01' });
    const deals = dealsOn(c.id, MARKET, ['2026-03-05', '2026-03-20', '2026-04-10']);
    expect(only({ customers: [c], deals }).stage).toBe('real');
    const relaxed = only({ customers: [c], deals }, TODAY, { loyalty: { minDeals: 3, minDistinctMonths: 2 } });
    expect(relaxed.stage).toBe('loyal');
    expect(relaxed.stageHistory.at(-1)!.enteredOn).toBe('2026-04-10');
  });

  it('judges as of the given day: the same record read earlier gives the earlier stage', () => {
    const c = customer('2026-01-10', { firstContactOn: '2026-02-01' });
    const deals = dealsOn(c.id, MARKET, ['2026-03-05', '2026-03-20', '2026-04-10', '2026-05-15', '2026-06-01', '2026-06-20']);
    expect(only({ customers: [c], deals }, '2026-01-31').stage).toBe('peripheral');
    expect(only({ customers: [c], deals }, '2026-03-04').stage).toBe('potential');
    expect(only({ customers: [c], deals }, '2026-06-19').stage).toBe('real');
    expect(only({ customers: [c], deals }, '2026-06-20').stage).toBe('loyal');
  });
});
