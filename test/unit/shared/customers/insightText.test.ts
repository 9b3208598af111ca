import { describe, expect, it } from 'vitest';
import { formatNextGradeGap, formatPhaseReason, type PhaseReason } from '../../../../shared/customers';

describe('phase reasons in words', () => {
  it.each<[PhaseReason, string, string]>([
    [{ code: 'no_deals' }, '尚无成交', 'no deals yet'],
    [{ code: 'few_deals', deals: 1 }, '仅 1 笔成交，仍在考察', 'only 1 deal so far'],
    [{ code: 'few_deals', deals: 2 }, '仅 2 笔成交，仍在考察', 'only 2 deals so far'],
    [{ code: 'recent_first_deal', daysSinceFirst: 40 }, '首次成交在 40 天前', 'first deal 40 days ago'],
    [
      { code: 'gap_beyond_usual', daysSinceLast: 74, usualGapDays: 21, basis: 'own' },
      '74 天未成交，通常每 21 天一次',
      'no deal for 74 days; usually every 21 days',
    ],
    [
      { code: 'gap_beyond_usual', daysSinceLast: 100, usualGapDays: 60, basis: 'default' },
      '100 天未成交（成交太少，按 60 天判断）',
      'no deal for 100 days (too few deals to know the rhythm; 60 days assumed)',
    ],
    [
      { code: 'volume_falling', months: 3, fromKg: 120_500, toKg: 40_000 },
      '成交量连续 3 个月下降：从 120.5 吨降到 40 吨',
      'volume fell 3 months in a row: from 120.5 t to 40 t',
    ],
    [
      { code: 'volume_rising', months: 3, fromKg: 0, toKg: 1_234_000 },
      '近 3 个月成交 1,234 吨，之前 3 个月 0 吨',
      '1,234 t in the last 3 months vs 0 t in the 3 before',
    ],
    [
      { code: 'volume_rising', months: 3, fromKg: 40_000, toKg: 50_000 },
      '近 3 个月成交 50 吨，之前 3 个月 40 吨（+25%）',
      '50 t in the last 3 months vs 40 t in the 3 before (+25%)',
    ],
    [{ code: 'steady', months: 6, monthlyKg: 85_000 }, '近 6 个月月均 85 吨，走量平稳', 'steady at 85 t a month over the last 6 months'],
  ])('%j', (reason, zh, en) => {
    expect(formatPhaseReason(reason, 'zh-CN')).toBe(zh);
    expect(formatPhaseReason(reason, 'en')).toBe(en);
  });
});

describe('next-grade gap in words', () => {
  it('lists only the alternatives that exist', () => {
    expect(formatNextGradeGap({ grade: 'gold', points: 1_500, tonnes: 1_500, marginFen: 3_000_000 }, 'zh-CN')).toBe(
      '距金牌还差 1,500 吨，或 ¥30,000 毛利',
    );
    expect(formatNextGradeGap({ grade: 'diamond', points: 100, referrals: 1 }, 'en')).toBe('Diamond: 1 referral');
  });

  it('falls back to points when no alternative is weighted', () => {
    expect(formatNextGradeGap({ grade: 'silver', points: 12.5 }, 'zh-CN')).toBe('距银牌还差 12.5 分');
    expect(formatNextGradeGap({ grade: 'silver', points: 12.5 }, 'en')).toBe('Silver: 12.5 points more');
  });
});
