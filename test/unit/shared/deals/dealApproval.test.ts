import { describe, expect, it } from 'vitest';
import { approveDeal, approvesPrices, awaitsApproval, checkLinePrice, dealCreateRefusal, dealNeedsApproval, dealUpdateRefusal, MIN_SPREAD_FEN_PER_TON, moveDeal } from '../../../../shared/deals';
import { AT, deal } from './dealFixture';

const line = deal().lines[0]!;

describe('price floor and office approval', () => {
  it('a spread deal must sell at least the least spread above what the seller gets', () => {
    const seller = line.sellerPriceFenPerTon!;
    expect(checkLinePrice({ ...line, priceFenPerTon: seller + MIN_SPREAD_FEN_PER_TON }, { kind: 'spread' })).toEqual({
      floorFenPerTon: seller + MIN_SPREAD_FEN_PER_TON,
      belowFloorFenPerTon: 0,
      needsApproval: false,
    });
    expect(checkLinePrice({ ...line, priceFenPerTon: seller + 500 }, { kind: 'spread' })).toEqual({
      floorFenPerTon: seller + MIN_SPREAD_FEN_PER_TON,
      belowFloorFenPerTon: 500,
      needsApproval: true,
    });
  });

  it('with a per-tonne commission the floor is the seller price; without a seller price no floor applies', () => {
    expect(checkLinePrice({ ...line, priceFenPerTon: line.sellerPriceFenPerTon! }, { kind: 'per_ton' })?.needsApproval).toBe(false);
    expect(checkLinePrice({ ...line, priceFenPerTon: line.sellerPriceFenPerTon! - 100 }, { kind: 'per_ton' })?.needsApproval).toBe(true);
    const { sellerPriceFenPerTon: _, ...noCost } = line;
    expect(checkLinePrice({ ...noCost, priceFenPerTon: 100 }, { kind: 'spread' })).toBeUndefined();
  });

  it('the deal needs approval when any line is under its floor', () => {
    const cheapLine = { ...line, priceFenPerTon: line.sellerPriceFenPerTon! };
    expect(dealNeedsApproval(deal())).toBe(false);
    expect(dealNeedsApproval(deal({ lines: [line, cheapLine] }))).toBe(true);
  });

  it('a deal under the floor cannot be confirmed until approved, by the status rules or the store', () => {
    const pending = deal({ needsApproval: true });
    expect(awaitsApproval(pending)).toBe(true);
    expect(moveDeal(pending, 'confirmed', AT)).toEqual({ ok: false, reason: expect.stringMatching(/office approval/) });
    expect(dealUpdateRefusal(pending, { ...pending, status: 'confirmed', confirmedAt: AT }, ['status', 'confirmedAt'])).toMatch(/office approval/);
    expect(dealCreateRefusal({ ...pending, status: 'confirmed', confirmedAt: AT })).toMatch(/office approval/);

    const approved = deal({ needsApproval: true, approvedAt: AT });
    expect(awaitsApproval(approved)).toBe(false);
    expect(moveDeal(approved, 'confirmed', AT).ok).toBe(true);
    expect(dealUpdateRefusal(approved, { ...approved, status: 'confirmed', confirmedAt: AT }, ['status', 'confirmedAt'])).toBeUndefined();
  });

  it('the office approves only a draft that awaits approval', () => {
    expect(approveDeal(deal({ needsApproval: true }), AT)).toEqual({ ok: true, patch: { approvedAt: AT } });
    expect(approveDeal(deal({ needsApproval: true, approvedAt: AT }), AT)).toEqual({ ok: false, reason: expect.stringMatching(/draft, approved/) });
    expect(approveDeal(deal(), AT)).toEqual({ ok: false, reason: expect.stringMatching(/under the floor/) });
    expect(approveDeal({ ...deal({ needsApproval: true }), status: 'cancelled' }, AT)).toEqual({ ok: false, reason: expect.stringMatching(/cancelled/) });
  });

  it("the office's workstation and an unpaired one give approvals, a broker's laptop does not", () => {
    const paired = { paired: true as const, hubUrl: 'http://hub:8787', hub: { id: 'h', epoch: 1 }, deviceName: 'x', pairedAt: '2026-11-23T02:00:00.000Z' };
    expect(approvesPrices({ paired: false })).toBe(true);
    expect(approvesPrices({ ...paired, account: { role: 'office' } })).toBe(true);
    expect(approvesPrices({ ...paired, account: { role: 'broker', brokerId: 'zhang' } })).toBe(false);
  });

  it('a pending deal can still be cancelled', () => {
    expect(moveDeal(deal({ needsApproval: true }), 'cancelled', AT).ok).toBe(true);
  });
});
