import { describe, expect, it } from 'vitest';
import { DEAL_STATUSES, type DealStatus } from '../../../../shared/model';
import { canMoveDeal, dealCreateRefusal, dealRemoveRefusal, dealUpdateRefusal, moveDeal, nextStatuses } from '../../../../shared/deals';
import { AT, deal } from './dealFixture';

describe('deal status rules', () => {
  it('allows exactly draft → confirmed → delivered → settled and cancelling a draft or a confirmed deal', () => {
    const allowed = DEAL_STATUSES.flatMap((from) => DEAL_STATUSES.filter((to) => canMoveDeal(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(['confirmed→cancelled', 'confirmed→delivered', 'delivered→settled', 'draft→cancelled', 'draft→confirmed'].sort());
    expect(nextStatuses('settled')).toEqual([]);
  });

  it('moves a deal with its timestamp, and settling records whether the buyer paid on time', () => {
    expect(moveDeal(deal(), 'confirmed', AT)).toEqual({ ok: true, patch: { status: 'confirmed', confirmedAt: AT } });
    expect(moveDeal(deal({ status: 'delivered' }), 'settled', AT, { paidOnTime: false })).toEqual({
      ok: true,
      patch: { status: 'settled', settledAt: AT, paidOnTime: false },
    });
    expect(moveDeal(deal({ status: 'delivered' }), 'settled', AT)).toEqual({ ok: false, reason: expect.stringMatching(/paid on time/) });
  });

  it('refuses moves off the ladder, including back to draft', () => {
    const cases: Array<[DealStatus, DealStatus]> = [['draft', 'delivered'], ['settled', 'cancelled'], ['confirmed', 'draft'], ['cancelled', 'confirmed']];
    for (const [from, to] of cases) expect(moveDeal(deal({ status: from }), to, AT)).toEqual({ ok: false, reason: `a ${from} deal cannot become ${to}` });
  });

  it('the store refuses a status jump and lets a draft be edited', () => {
    const draft = deal();
    expect(dealUpdateRefusal(draft, { ...draft, status: 'settled' }, ['status'])).toBe('a draft deal cannot become settled');
    expect(dealUpdateRefusal(draft, { ...draft, objectionDays: 10 }, ['objectionDays'])).toBeUndefined();
    expect(dealUpdateRefusal(draft, { ...draft, number: 'X' }, ['number'])).toMatch(/number/);
  });

  it('a confirmed deal moves on and is printed, but its terms are never edited in place', () => {
    const confirmed = deal({ status: 'confirmed', confirmedAt: AT });
    expect(dealUpdateRefusal(confirmed, { ...confirmed, status: 'delivered', deliveredAt: AT }, ['status', 'deliveredAt'])).toBeUndefined();
    expect(dealUpdateRefusal(confirmed, { ...confirmed, printCount: 1 }, ['printCount'])).toBeUndefined();
    expect(dealUpdateRefusal(confirmed, { ...confirmed, tolerancePerMille: 5 }, ['tolerancePerMille'])).toMatch(/never edited in place \(tolerancePerMille\): record an amendment/);
    expect(dealUpdateRefusal(confirmed, { ...confirmed, buyerId: confirmed.sellerId }, ['buyerId'])).toMatch(/never edited in place \(buyerId\)/);
  });

  it('creates any deal whose price needs no pending approval, and deletes only drafts', () => {
    expect(dealCreateRefusal(deal())).toBeUndefined();
    expect(dealCreateRefusal(deal({ status: 'settled', settledAt: AT }))).toBeUndefined();
    expect(dealCreateRefusal(deal({ status: 'delivered', needsApproval: true }))).toMatch(/office approval/);
    expect(dealCreateRefusal(deal({ status: 'draft', needsApproval: true }))).toBeUndefined();
    expect(dealRemoveRefusal(deal())).toBeUndefined();
    expect(dealRemoveRefusal(deal({ status: 'confirmed' }))).toMatch(/cancel it instead/);
  });
});
