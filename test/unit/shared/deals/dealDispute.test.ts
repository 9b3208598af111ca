import { describe, expect, it } from 'vitest';
import { canRaiseDispute, canResolveDispute, dealCreateRefusal, dealUpdateRefusal, disputedCustomer, raiseDispute, resolveDispute } from '../../../../shared/deals';
import { DealSchema, type Deal } from '../../../../shared/model';
import { deal } from './dealFixture';

const RAISED = { party: 'buyer' as const, reason: ' 买方拒收，称有锈 ', on: '2026-11-25' };
const OPEN = { raisedOn: '2026-11-25', party: 'buyer' as const, reason: '买方拒收，称有锈' };

/** The deal after `patch`, with the fields that changed, as the repository hands them to the rule. */
function update(current: Deal, patch: Partial<Deal>): string | undefined {
  const next = { ...current, ...patch };
  return dealUpdateRefusal(current, next, Object.keys(patch));
}

describe('disputes on a deal', () => {
  it('are raised on confirmed, delivered and settled deals, not on drafts or cancelled ones', () => {
    for (const status of ['confirmed', 'delivered', 'settled'] as const) {
      expect(raiseDispute(deal({ status }), RAISED)).toEqual({ ok: true, patch: { dispute: OPEN } });
      expect(canRaiseDispute(deal({ status }))).toBe(true);
    }
    for (const status of ['draft', 'cancelled'] as const) {
      expect(raiseDispute(deal({ status }), RAISED)).toMatchObject({ ok: false, reason: expect.stringMatching(/takes no dispute/) });
      expect(canRaiseDispute(deal({ status }))).toBe(false);
    }
  });

  it('need a reason, and a deal keeps its one dispute', () => {
    expect(raiseDispute(deal({ status: 'delivered' }), { ...RAISED, reason: '  ' })).toMatchObject({ ok: false });
    const disputed = deal({ status: 'delivered', dispute: OPEN });
    expect(canRaiseDispute(disputed)).toBe(false);
    expect(raiseDispute(disputed, RAISED)).toMatchObject({ ok: false, reason: 'this deal already has a dispute on record' });
  });

  it('are resolved once, with the outcome, on or after the day raised', () => {
    const disputed = deal({ status: 'delivered', dispute: OPEN });
    expect(canResolveDispute(disputed)).toBe(true);
    expect(canResolveDispute(deal({ status: 'delivered' }))).toBe(false);
    expect(resolveDispute(disputed, { resolution: '降价 50 元/吨', on: '2026-11-27' })).toEqual({
      ok: true,
      patch: { dispute: { ...OPEN, resolvedOn: '2026-11-27', resolution: '降价 50 元/吨' } },
    });
    expect(resolveDispute(disputed, { resolution: '', on: '2026-11-27' })).toMatchObject({ ok: false });
    expect(resolveDispute(disputed, { resolution: '降价', on: '2026-11-24' })).toMatchObject({ ok: false });
    const resolved = deal({ status: 'delivered', dispute: { ...OPEN, resolvedOn: '2026-11-27', resolution: '降价' } });
    expect(canResolveDispute(resolved)).toBe(false);
    expect(resolveDispute(resolved, { resolution: '再降价', on: '2026-11-28' })).toMatchObject({ ok: false });
  });

  it('name the customer on the disputed side', () => {
    const d = deal();
    expect(disputedCustomer(d, 'buyer')).toBe(d.buyerId);
    expect(disputedCustomer(d, 'seller')).toBe(d.sellerId);
  });

  it('are valid deal records, old deals without one still are, and an outcome needs its date', () => {
    expect(DealSchema.safeParse(deal({ status: 'settled', dispute: OPEN })).success).toBe(true);
    expect(DealSchema.safeParse(deal({ status: 'settled' })).success).toBe(true);
    expect(DealSchema.safeParse(deal({ status: 'settled', dispute: { ...OPEN, resolution: '降价' } })).success).toBe(false);
    expect(DealSchema.safeParse(deal({ status: 'settled', dispute: { ...OPEN, reason: 'x'.repeat(201) } })).success).toBe(false);
    expect(DealSchema.safeParse(deal({ status: 'settled', dispute: { ...OPEN, extra: 1 } as Deal['dispute'] })).success).toBe(false);
  });
});

describe('the store’s deal rules and disputes', () => {
  it('let a dispute be written on an agreed deal though its terms are closed', () => {
    for (const status of ['confirmed', 'delivered', 'settled'] as const) {
      expect(update(deal({ status }), { dispute: OPEN })).toBeUndefined();
      expect(update(deal({ status }), { tolerancePerMille: 5 })).toMatch(/never edited in place/);
    }
    expect(update(deal({ status: 'delivered', dispute: OPEN }), { dispute: { ...OPEN, resolvedOn: '2026-11-27', resolution: '降价' } })).toBeUndefined();
  });

  it('refuse a dispute on a draft or a cancelled deal, and on a new deal that is one', () => {
    expect(update(deal({ status: 'draft' }), { dispute: OPEN })).toMatch(/takes no dispute/);
    expect(update(deal({ status: 'cancelled' }), { dispute: OPEN })).toMatch(/takes no dispute/);
    expect(dealCreateRefusal(deal({ status: 'draft', dispute: OPEN }))).toMatch(/takes no dispute/);
    expect(dealCreateRefusal(deal({ status: 'settled', dispute: OPEN }))).toBeUndefined();
  });

  it('keep what the credit record holds: no removing, rewriting or reopening a dispute', () => {
    const open = deal({ status: 'settled', dispute: OPEN });
    expect(update(open, { dispute: undefined })).toBe('a dispute stays on the credit record');
    expect(update(open, { dispute: { ...OPEN, party: 'seller' } })).toMatch(/recorded once/);
    const resolved = deal({ status: 'settled', dispute: { ...OPEN, resolvedOn: '2026-11-27', resolution: '降价' } });
    expect(update(resolved, { dispute: OPEN })).toBe('a resolved dispute is final');
  });
});
