import type { Language } from '../settings/settings';
import type { NextGradeGap } from './grade';
import { GRADE_LABELS } from './labels';
import type { PhaseReason } from './lifecyclePhase';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Kilograms as tonnes for reading: `74500` → `74.5`, `1234000` → `1,234`. */
function tonnes(kg: number): string {
  return GROUPED.format(kg / 1000);
}

function percentGrowth(fromKg: number, toKg: number): string {
  return `+${Math.round(((toKg - fromKg) / fromKg) * 100)}%`;
}

/**
 * Why a customer is in its lifecycle phase, in words: e.g. `{code: 'gap_beyond_usual',
 * daysSinceLast: 74, usualGapDays: 21, basis: 'own'}` → "74 天未成交，通常每 21 天一次" /
 * "no deal for 74 days; usually every 21 days".
 */
export function formatPhaseReason(reason: PhaseReason, language: Language): string {
  const zh = language === 'zh-CN';
  switch (reason.code) {
    case 'no_deals':
      return zh ? '尚无成交' : 'no deals yet';
    case 'few_deals':
      return zh ? `仅 ${reason.deals} 笔成交，仍在考察` : `only ${reason.deals} deal${reason.deals === 1 ? '' : 's'} so far`;
    case 'recent_first_deal':
      return zh ? `首次成交在 ${reason.daysSinceFirst} 天前` : `first deal ${reason.daysSinceFirst} days ago`;
    case 'gap_beyond_usual':
      if (reason.basis === 'own') {
        return zh
          ? `${reason.daysSinceLast} 天未成交，通常每 ${reason.usualGapDays} 天一次`
          : `no deal for ${reason.daysSinceLast} days; usually every ${reason.usualGapDays} days`;
      }
      return zh
        ? `${reason.daysSinceLast} 天未成交（成交太少，按 ${reason.usualGapDays} 天判断）`
        : `no deal for ${reason.daysSinceLast} days (too few deals to know the rhythm; ${reason.usualGapDays} days assumed)`;
    case 'volume_falling':
      return zh
        ? `成交量连续 ${reason.months} 个月下降：从 ${tonnes(reason.fromKg)} 吨降到 ${tonnes(reason.toKg)} 吨`
        : `volume fell ${reason.months} months in a row: from ${tonnes(reason.fromKg)} t to ${tonnes(reason.toKg)} t`;
    case 'volume_rising': {
      const growth = reason.fromKg > 0 ? percentGrowth(reason.fromKg, reason.toKg) : '';
      return zh
        ? `近 ${reason.months} 个月成交 ${tonnes(reason.toKg)} 吨，之前 ${reason.months} 个月 ${tonnes(reason.fromKg)} 吨${growth ? `（${growth}）` : ''}`
        : `${tonnes(reason.toKg)} t in the last ${reason.months} months vs ${tonnes(reason.fromKg)} t in the ${reason.months} before${growth ? ` (${growth})` : ''}`;
    }
    case 'steady':
      return zh
        ? `近 ${reason.months} 个月月均 ${tonnes(reason.monthlyKg)} 吨，走量平稳`
        : `steady at ${tonnes(reason.monthlyKg)} t a month over the last ${reason.months} months`;
  }
}

/**
 * What it takes to reach the next grade, each alternative enough on its own: e.g.
 * "距金牌还差 120 吨，或 ¥3,000 毛利，或 2 位转介绍客户" / "Gold: 120 t more, or ¥3,000 margin, or 2 referrals".
 */
export function formatNextGradeGap(gap: NextGradeGap, language: Language): string {
  const zh = language === 'zh-CN';
  const ways: string[] = [];
  if (gap.tonnes !== undefined) ways.push(zh ? `${GROUPED.format(gap.tonnes)} 吨` : `${GROUPED.format(gap.tonnes)} t more`);
  if (gap.marginFen !== undefined) ways.push(zh ? `¥${GROUPED.format(gap.marginFen / 100)} 毛利` : `¥${GROUPED.format(gap.marginFen / 100)} margin`);
  if (gap.referrals !== undefined) {
    ways.push(zh ? `${gap.referrals} 位转介绍客户` : `${gap.referrals} referral${gap.referrals === 1 ? '' : 's'}`);
  }
  const grade = GRADE_LABELS[gap.grade][language];
  if (ways.length === 0) return zh ? `距${grade}还差 ${GROUPED.format(gap.points)} 分` : `${grade}: ${GROUPED.format(gap.points)} points more`;
  return zh ? `距${grade}还差 ${ways.join('，或 ')}` : `${grade}: ${ways.join(', or ')}`;
}
