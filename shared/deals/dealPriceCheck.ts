import { CATEGORY_CODES, type CategoryCode } from '../catalogue/categories';
import type { Commission, DealLine } from '../model/deal';
import { quote } from '../pricing/quote';
import type { PricingTables } from '../pricing/pricingTables';
import { DEFAULT_PRICING_TABLES } from '../pricing/defaultPricingTables';

/** The least spread, fen per tonne, a broker who earns the spread may sell at without approval (10 yuan). */
export const MIN_SPREAD_FEN_PER_TON = 1_000;

export interface LinePriceCheck {
  floorFenPerTon: number;
  /** 0 at or above the floor. */
  belowFloorFenPerTon: number;
  needsApproval: boolean;
}

const perCategory = <V>(value: () => V) => Object.fromEntries(CATEGORY_CODES.map((code) => [code, value()])) as Record<CategoryCode, V>;

/**
 * Tables that add nothing to a price: an agreed deal price already includes what its spec, grade,
 * lot size, payment and delivery terms and the customer's grade add, so it is quoted as is.
 */
const AGREED_PRICE_TABLES: PricingTables = {
  ...DEFAULT_PRICING_TABLES,
  specBands: perCategory(() => []),
  gradePremiums: perCategory(() => ({})),
  volumeTiers: [],
  payment: { fullPrepaymentFenPerTon: 0, creditAnnualRateBp: 0, creditRiskFenPerTon: 0 },
  delivery: { minimumFenPerTon: 0, fenPerTonKm: 0, roadFactorPercent: 100 },
  customerGrade: { standard: 0, silver: 0, gold: 0, diamond: 0 },
};

/**
 * Checks a deal line's price against its floor with `quote`, the rule the office applies to every
 * quote (under the floor → office approval). A floor applies where the seller's price is known:
 * what the seller gets, plus the least spread when the broker earns the spread (with a per-tonne
 * commission the buyer may pay the seller's price, not less). Undefined when no floor applies.
 */
export function checkLinePrice(line: Pick<DealLine, 'category' | 'grade' | 'spec' | 'weightKg' | 'priceFenPerTon' | 'sellerPriceFenPerTon'>, commission: Pick<Commission, 'kind'>): LinePriceCheck | undefined {
  if (line.sellerPriceFenPerTon === undefined) return undefined;
  const floorFenPerTon = line.sellerPriceFenPerTon + (commission.kind === 'spread' ? MIN_SPREAD_FEN_PER_TON : 0);
  const result = quote({
    category: line.category,
    grade: line.grade,
    spec: line.spec,
    weightKg: line.weightKg,
    basePriceFenPerTon: line.priceFenPerTon,
    floorFenPerTon,
    payment: { method: 'cash_before_delivery' },
    delivery: { method: 'pickup' },
    tables: AGREED_PRICE_TABLES,
  });
  return { floorFenPerTon, belowFloorFenPerTon: result.belowFloorFenPerTon, needsApproval: result.needsApproval };
}

/** Whether any line of the deal is priced under its floor, so the deal needs the office's approval. */
export function dealNeedsApproval(deal: { lines: ReadonlyArray<Parameters<typeof checkLinePrice>[0]>; commission: Pick<Commission, 'kind'> }): boolean {
  return deal.lines.some((line) => checkLinePrice(line, deal.commission)?.needsApproval === true);
}
