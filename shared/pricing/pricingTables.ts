import type { CategoryCode } from '../catalogue/categories';
import type { GradeCode } from '../customers/ladders';

/**
 * A spec premium band: specs whose first dimension (diameter, thickness, height, section number,
 * leg or outer diameter, per the category layout) is at least `fromMm` cost `fenPerTon` more than
 * the base spec. Bands are listed from the largest `fromMm` down; the first that applies wins.
 */
export interface SpecBand {
  fromMm: number;
  fenPerTon: number;
}

/** Everything a quote is priced from, all in fen per tonne. A company may replace any table. */
export interface PricingTables {
  /** The spec the day's base price (基价) is for, per category: shown on the quote. */
  baseSpec: Readonly<Record<CategoryCode, string>>;
  /** Spec premiums (规格加价) relative to the base spec. */
  specBands: Readonly<Record<CategoryCode, readonly SpecBand[]>>;
  /** The grade the base price is for, per category. */
  baseGrade: Readonly<Record<CategoryCode, string>>;
  /** Grade premiums (材质加价) relative to the base grade; grades not listed are priced as the base grade, with a note. */
  gradePremiums: Readonly<Record<CategoryCode, Readonly<Record<string, number>>>>;
  /** Volume tiers (量大从优): from a total weight in kg, largest first; the first that applies wins. */
  volumeTiers: ReadonlyArray<{ fromKg: number; fenPerTon: number }>;
  payment: {
    /** Paid in full in advance (全额预付): this much per tonne, scaled by the share prepaid. */
    fullPrepaymentFenPerTon: number;
    /** Financing cost of credit days (账期), in basis points a year on the goods price. */
    creditAnnualRateBp: number;
    /** Flat risk charge on any credit sale. */
    creditRiskFenPerTon: number;
  };
  delivery: {
    /** Short hauls inside a market still cost a truck: the least charged. */
    minimumFenPerTon: number;
    /** Road freight per tonne-kilometre. */
    fenPerTonKm: number;
    /** Road km per straight-line km, when the distance is estimated from the cities. */
    roadFactorPercent: number;
  };
  /** Price tiers by customer grade (客户分级特价). */
  customerGrade: Readonly<Record<GradeCode, number>>;
}
