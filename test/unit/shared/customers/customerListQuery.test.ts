import { describe, expect, it } from 'vitest';
import { filterCustomerRows, sortByName, sortCustomerRows, type CustomerListRow } from '../../../../shared/customers';

const row = (id: string, name: string, extra: Partial<CustomerListRow> = {}): CustomerListRow => ({
  id,
  name,
  region: '华东',
  categories: ['rebar'],
  brokerId: 'zhang',
  stage: 'potential',
  grade: 'standard',
  ...extra,
});

const rows = sortByName([
  row('w', '无锡永兴', { stage: 'loyal', phase: 'stability', grade: 'gold', lastDealOn: '2026-11-01', nextFollowUpOn: '2026-12-09' }),
  row('a', '安徽长江', { stage: 'peripheral', region: '华中', categories: ['plate'] }),
  row('s', '上海宝丰', { stage: 'real', phase: 'decline', grade: 'silver', lastDealOn: '2026-11-20', brokerId: 'li', nextFollowUpOn: '2026-12-07' }),
]);

describe('customer list query', () => {
  it('sorts Chinese names by pinyin', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 's', 'w']);
  });

  it('filters by stage, phase (or none yet), grade, region, category and broker, each left out letting all through', () => {
    const ids = (filters: Parameters<typeof filterCustomerRows>[1]) => filterCustomerRows(rows, filters).map((r) => r.id);
    expect(ids({})).toEqual(['a', 's', 'w']);
    expect(ids({ stage: 'real' })).toEqual(['s']);
    expect(ids({ phase: 'decline' })).toEqual(['s']);
    expect(ids({ phase: 'none' })).toEqual(['a']);
    expect(ids({ grade: 'gold' })).toEqual(['w']);
    expect(ids({ region: '华中' })).toEqual(['a']);
    expect(ids({ category: 'rebar' })).toEqual(['s', 'w']);
    expect(ids({ brokerId: 'zhang', category: 'rebar' })).toEqual(['w']);
  });

  it('sorts by stage and grade highest first, last deal newest first, follow-up soonest first, missing dates last', () => {
    const ids = (key: Parameters<typeof sortCustomerRows>[1]) => sortCustomerRows(rows, key).map((r) => r.id);
    expect(ids('name')).toEqual(['a', 's', 'w']);
    expect(ids('stage')).toEqual(['w', 's', 'a']);
    expect(ids('grade')).toEqual(['w', 's', 'a']);
    expect(ids('lastDeal')).toEqual(['s', 'w', 'a']);
    expect(ids('nextFollowUp')).toEqual(['s', 'w', 'a']);
  });
});
