import type { DemoGrade, DemoProduct } from './products/demoProduct';
import type { Random } from './random';

const YEAR_DAYS = 365;
/** Prices are quoted in whole tens of yuan per tonne (3560, not 3563). */
const QUOTE_STEP_YUAN = 10;

/**
 * The market's price level on `day` relative to `today` (1 = today's level): a seasonal swing of
 * ±4% plus a two-month wave of ±1.5%, so a year of deals shows prices moving.
 */
export function marketLevel(day: number, today: number): number {
  const t = day - today;
  return 1 + 0.04 * Math.sin((2 * Math.PI * t) / YEAR_DAYS) + 0.015 * Math.sin((2 * Math.PI * t) / 61);
}

/**
 * A price in fen per tonne for a lot on `day`: a point in the grade's (or category's) band, plus
 * grade and size premiums, moved by the market level, rounded to ten yuan.
 */
export function samplePriceFen(
  rng: Random,
  product: DemoProduct,
  grade: DemoGrade,
  sizePremiumYuan: number,
  day: number,
  today: number,
): number {
  const [low, high] = grade.priceYuan ?? product.priceYuan;
  const yuan = (rng.int(low, high) + grade.premiumYuan + sizePremiumYuan) * marketLevel(day, today);
  return Math.round(yuan / QUOTE_STEP_YUAN) * QUOTE_STEP_YUAN * 100;
}
