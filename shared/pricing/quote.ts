import { CATEGORIES, type CategoryCode } from '../catalogue/categories';
import { formatSpec } from '../catalogue/formatSpec';
import type { LocalText } from '../catalogue/localText';
import { distanceKm } from '../catalogue/places';
import type { GradeCode } from '../customers/ladders';
import { GRADE_LABELS } from '../customers/labels';
import type { PaymentTerms, Spec } from '../model';
import { lineAmountFen } from '../money/lineAmount';
import { formatTons } from '../weight/tons';
import { DEFAULT_PRICING_TABLES } from './defaultPricingTables';
import type { PricingTables } from './pricingTables';

/** How the goods reach the buyer: picked up, or delivered over a known road distance or between two known cities. */
export type QuoteDelivery =
  | { method: 'pickup' }
  | { method: 'delivery'; distanceKm: number }
  | { method: 'delivery'; fromCity: string; toCity: string };

/** What a quote is for and on what terms. All money in integer fen per tonne. */
export interface QuoteConditions {
  category: CategoryCode;
  grade: string;
  /** The spec as a model `Spec`, or just its dims (layout in shared/catalogue/specLayout). */
  spec: Pick<Spec, 'dims'> & Partial<Pick<Spec, 'text'>>;
  weightKg: number;
  /** Today's base price (基价) of the category's base grade and spec. */
  basePriceFenPerTon: number;
  /** The lowest price the office allows without approval (cost plus the minimum margin). */
  floorFenPerTon: number;
  payment: PaymentTerms;
  delivery: QuoteDelivery;
  /** Absent for a customer without a grade yet: priced as standard. */
  customerGrade?: GradeCode;
  /** Replaces the default tables (DEFAULT_PRICING_TABLES). */
  tables?: PricingTables;
}

export type QuoteComponent = 'base' | 'spec' | 'grade' | 'volume' | 'payment' | 'delivery' | 'customer_grade';

/** One line of a quote's breakdown. The lines add up to the price. */
export interface QuoteLine {
  component: QuoteComponent;
  label: LocalText;
  fenPerTon: number;
}

export interface QuoteResult {
  priceFenPerTon: number;
  /** Price × weight, rounded to the fen. */
  amountFen: number;
  breakdown: QuoteLine[];
  floorFenPerTon: number;
  /** How far under the floor the price is (0 when at or above it). */
  belowFloorFenPerTon: number;
  /** Under the floor: the office must approve (报价审批). */
  needsApproval: boolean;
  /** The model's quote approval state for a new quote. */
  approval: 'pending' | 'not_needed';
  /** Assumptions made (a grade not in the tables, a spec not given). */
  notes: LocalText[];
}

const DAYS_PER_YEAR = 365;
const BASIS_POINTS = 10_000;

/**
 * A price per tonne built from the day's base price plus spec premium, grade premium, volume tier,
 * payment terms (cash before delivery 0, prepayment a discount by the share prepaid, credit days
 * the financing cost plus a risk charge), delivery (pickup 0, delivery by road distance with a
 * minimum) and the customer's grade, each a line of the breakdown. Computed components are rounded
 * up to whole yuan. Under the floor, the quote needs office approval.
 *
 * @throws RangeError for money or weight that are not positive whole fen or kg, credit terms
 *   without credit days, a delivery between cities whose distance is unknown, or a result that
 *   is not a positive price.
 */
export function quote(conditions: QuoteConditions): QuoteResult {
  const tables = conditions.tables ?? DEFAULT_PRICING_TABLES;
  const { category, grade, weightKg, basePriceFenPerTon, floorFenPerTon } = conditions;
  requirePositive('base price', basePriceFenPerTon, 'fen');
  requirePositive('floor price', floorFenPerTon, 'fen');
  requirePositive('weight', weightKg, 'kg');
  const notes: LocalText[] = [];
  const specText = conditions.spec.text ?? formatSpec(category, conditions.spec.dims);
  const base: QuoteLine = {
    component: 'base',
    label: { zh: `基价（${tables.baseGrade[category]} ${tables.baseSpec[category]}）`, en: `base price (${tables.baseGrade[category]} ${tables.baseSpec[category]})` },
    fenPerTon: basePriceFenPerTon,
  };
  const spec = specLine(conditions, tables, specText, notes);
  const gradeLine = gradeLineOf(category, grade, tables, notes);
  const volume = volumeLine(weightKg, tables);
  const goodsFen = base.fenPerTon + spec.fenPerTon + gradeLine.fenPerTon + volume.fenPerTon;
  const breakdown = [
    base,
    spec,
    gradeLine,
    volume,
    paymentLine(conditions.payment, goodsFen, tables),
    deliveryLine(conditions.delivery, tables),
    customerGradeLine(conditions.customerGrade ?? 'standard', tables),
  ];
  const priceFenPerTon = breakdown.reduce((sum, line) => sum + line.fenPerTon, 0);
  if (priceFenPerTon <= 0) throw new RangeError(`quote: the components add up to ${priceFenPerTon} fen/t, not a price`);
  const belowFloorFenPerTon = Math.max(0, floorFenPerTon - priceFenPerTon);
  return {
    priceFenPerTon,
    amountFen: lineAmountFen(priceFenPerTon, weightKg),
    breakdown,
    floorFenPerTon,
    belowFloorFenPerTon,
    needsApproval: belowFloorFenPerTon > 0,
    approval: belowFloorFenPerTon > 0 ? 'pending' : 'not_needed',
    notes,
  };
}

function specLine(conditions: QuoteConditions, tables: PricingTables, specText: string, notes: LocalText[]): QuoteLine {
  const first = conditions.spec.dims[0];
  const band = first === undefined ? undefined : tables.specBands[conditions.category].find((b) => first >= b.fromMm);
  if (first === undefined) notes.push({ zh: '未给规格，按基准规格计价', en: 'no spec given: priced as the base spec' });
  return { component: 'spec', label: { zh: `规格加价 ${specText}`, en: `spec premium ${specText}` }, fenPerTon: band?.fenPerTon ?? 0 };
}

function gradeLineOf(category: CategoryCode, grade: string, tables: PricingTables, notes: LocalText[]): QuoteLine {
  const premium = tables.gradePremiums[category][grade];
  if (premium === undefined) {
    const base = tables.baseGrade[category];
    notes.push({
      zh: `价格表没有${CATEGORIES[category].zh} ${grade} 的加价，按 ${base} 计价`,
      en: `no premium listed for ${CATEGORIES[category].en} ${grade}: priced as ${base}`,
    });
  }
  return { component: 'grade', label: { zh: `材质加价 ${grade}`, en: `grade premium ${grade}` }, fenPerTon: premium ?? 0 };
}

function volumeLine(weightKg: number, tables: PricingTables): QuoteLine {
  const tier = tables.volumeTiers.find((t) => weightKg >= t.fromKg);
  const tons = formatTons(weightKg);
  return { component: 'volume', label: { zh: `数量 ${tons} 吨`, en: `volume ${tons} t` }, fenPerTon: tier?.fenPerTon ?? 0 };
}

function paymentLine(payment: PaymentTerms, goodsFen: number, tables: PricingTables): QuoteLine {
  switch (payment.method) {
    case 'cash_before_delivery':
      return { component: 'payment', label: { zh: '款到发货', en: 'cash before delivery' }, fenPerTon: 0 };
    case 'prepayment': {
      const percent = payment.prepaymentPercent ?? 100;
      return {
        component: 'payment',
        label: { zh: `预付 ${percent}%`, en: `${percent}% prepaid` },
        fenPerTon: Math.round((tables.payment.fullPrepaymentFenPerTon * percent) / 100),
      };
    }
    case 'credit': {
      const days = payment.creditDays;
      if (days === undefined) throw new RangeError('quote: credit terms need creditDays (账期天数)');
      const financing = Math.ceil((goodsFen * tables.payment.creditAnnualRateBp * days) / (BASIS_POINTS * DAYS_PER_YEAR));
      return {
        component: 'payment',
        label: { zh: `账期 ${days} 天（资金成本加风险）`, en: `${days} days' credit (financing and risk)` },
        fenPerTon: ceilToYuan(financing) + tables.payment.creditRiskFenPerTon,
      };
    }
  }
}

function deliveryLine(delivery: QuoteDelivery, tables: PricingTables): QuoteLine {
  if (delivery.method === 'pickup') return { component: 'delivery', label: { zh: '自提', en: 'pickup' }, fenPerTon: 0 };
  const km = 'distanceKm' in delivery ? delivery.distanceKm : roadKm(delivery.fromCity, delivery.toCity, tables);
  if (!Number.isFinite(km) || km < 0) throw new RangeError(`quote: delivery distance ${km} km is not a distance`);
  const freight = Math.max(tables.delivery.minimumFenPerTon, ceilToYuan(Math.ceil(km * tables.delivery.fenPerTonKm)));
  const shownKm = Math.round(km);
  return { component: 'delivery', label: { zh: `配送 约 ${shownKm} km`, en: `delivery, about ${shownKm} km` }, fenPerTon: freight };
}

function roadKm(fromCity: string, toCity: string, tables: PricingTables): number {
  const straight = distanceKm(fromCity, toCity);
  if (straight === undefined) throw new RangeError(`quote: no distance known from ${fromCity} to ${toCity}; give the road distance in km`);
  return Math.round((straight * tables.delivery.roadFactorPercent) / 100);
}

function customerGradeLine(grade: GradeCode, tables: PricingTables): QuoteLine {
  const name = GRADE_LABELS[grade];
  return { component: 'customer_grade', label: { zh: `客户等级 ${name['zh-CN']}`, en: `customer grade ${name.en}` }, fenPerTon: tables.customerGrade[grade] };
}

function ceilToYuan(fen: number): number {
  return Math.ceil(fen / 100) * 100;
}

function requirePositive(what: string, value: number, unit: 'fen' | 'kg'): void {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`quote: ${what} must be a positive whole number of ${unit}, got ${value}`);
}
