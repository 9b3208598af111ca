import type { CategoryCode } from '../../catalogue/categories';
import type { Spec } from '../../model/primitives';
import type { SpecTolerance } from '../../model/request';
import type { Random } from '../random';
import type { Weighted } from '../weighted';

/** Product families: a customer usually trades within one or two of them. */
export type ProductFamily = 'long' | 'flat' | 'section' | 'pipe' | 'stainless';

/** A grade (牌号) as the demo market trades it. */
export interface DemoGrade {
  name: string;
  /** Yuan per tonne this grade costs over the category's price band. */
  premiumYuan: number;
  /** Replaces the category's band where grades differ by thousands (stainless 201/304/316L). */
  priceYuan?: readonly [number, number];
}

/** One sampled spec: the normalised spec, how a seller types it, and what one piece weighs. */
export interface DemoSpec {
  spec: Spec;
  /** The spec as typed in a WeChat line, in one of the notations the market uses. */
  typed: string;
  /** Nominal weight in whole kg of one piece (件: a bundle, coil, plate or beam). */
  pieceKg: number;
  /** Yuan per tonne the size adds (thin sheet and small rebar cost more). */
  premiumYuan: number;
}

/**
 * How the demo market trades one category: grades, specs, mills, price band and lot sizes.
 * Spec `dims` follow shared/catalogue/specLayout and `spec.text` is its `formatSpec`.
 */
export interface DemoProduct {
  category: CategoryCode;
  family: ProductFamily;
  /** What sellers call it in a WeChat line (螺纹, 盘螺, 卷板 …). */
  typedName: string;
  /** Relative share of the market's listings. */
  marketWeight: number;
  grades: Weighted<DemoGrade>;
  /** The grades buyers ask for, older names included (HRB400, Q345B) that only substitutes can fill. */
  requestGrades: Weighted<string>;
  mills: readonly string[];
  /** Price band in yuan per tonne, tax included, at the demo's reference date. */
  priceYuan: readonly [number, number];
  /** Share of lots sold by theoretical weight (理计); the rest are weighed (磅计). */
  theoreticalShare: number;
  /** Pieces in a typical offered lot. */
  lotPieces: readonly [number, number];
  sampleSpec(rng: Random): DemoSpec;
  /** The tolerance a buyer may state for this spec, if any. */
  requestTolerance(spec: Spec, rng: Random): SpecTolerance | undefined;
}
