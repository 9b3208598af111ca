import type { CategoryCode } from '../catalogue/categories';
import { SPEC_LAYOUTS, type DimRole } from '../catalogue/specLayout';
import type { Spec, SpecTolerance } from '../model';
import type { SpecFit } from './matchTypes';

/** Nominal and actual outer diameters differ (Φ48 is DN40's 48.3): within this they are one size. */
export const OUTER_DIAMETER_SLACK_MM = 1;
const SAME = 1e-9;

/**
 * Whether an offered spec meets a requested one, dimension by dimension by its role in the
 * category layout. A dimension the request leaves out is open. Otherwise: lengths equal or among
 * the buyer's accepted lengths (9 m and 12 m when allowed), an unstated offer length counts as
 * within tolerance; widths equal or inside the buyer's range; thicknesses and walls equal or within
 * ± the buyer's allowance; outer diameters within 1 mm; everything else (diameters, section sizes)
 * equal. Coil thickness is therefore exact unless the buyer allows a deviation.
 */
export function specFit(category: CategoryCode, requested: Spec, tolerance: SpecTolerance | undefined, offered: Spec): SpecFit | undefined {
  const roles = SPEC_LAYOUTS[category];
  let fit: SpecFit = 'exact';
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]!;
    const asked = requested.dims[i] ?? (role === 'sectionVariant' ? 0 : undefined);
    if (asked === undefined) continue;
    const given = offered.dims[i] ?? (role === 'sectionVariant' ? 0 : undefined);
    const dimFit = dimensionFit(role, asked, given, tolerance);
    if (dimFit === undefined) return undefined;
    if (dimFit === 'within_tolerance') fit = dimFit;
  }
  return fit;
}

function dimensionFit(role: DimRole, asked: number, given: number | undefined, tolerance: SpecTolerance | undefined): SpecFit | undefined {
  if (given === undefined) return role === 'length' ? 'within_tolerance' : undefined;
  if (Math.abs(given - asked) < SAME) return 'exact';
  switch (role) {
    case 'length':
      return tolerance?.lengthsM?.some((m) => Math.abs(m * 1000 - given) < SAME) ? 'within_tolerance' : undefined;
    case 'width':
      return within(given, tolerance?.widthMinMm, tolerance?.widthMaxMm);
    case 'thickness':
    case 'wall':
      return thicknessWithin(asked, given, tolerance);
    case 'outerDiameter':
      return Math.abs(given - asked) <= OUTER_DIAMETER_SLACK_MM + SAME ? 'within_tolerance' : undefined;
    default:
      return undefined;
  }
}

function within(value: number, min: number | undefined, max: number | undefined): SpecFit | undefined {
  if (min === undefined && max === undefined) return undefined;
  return value >= (min ?? 0) - SAME && value <= (max ?? Number.POSITIVE_INFINITY) + SAME ? 'within_tolerance' : undefined;
}

function thicknessWithin(asked: number, given: number, tolerance: SpecTolerance | undefined): SpecFit | undefined {
  const allowance = tolerance?.thicknessPlusMinusMm;
  return allowance !== undefined && Math.abs(given - asked) <= allowance + SAME ? 'within_tolerance' : undefined;
}

/** The range of `dims[0]` an offer may have to fit the request, for index lookups; undefined when open. */
export function primaryDimRange(category: CategoryCode, requested: Spec, tolerance: SpecTolerance | undefined): [number, number] | undefined {
  const asked = requested.dims[0];
  if (asked === undefined) return undefined;
  const role = SPEC_LAYOUTS[category][0]!;
  const slack =
    role === 'outerDiameter'
      ? OUTER_DIAMETER_SLACK_MM
      : role === 'thickness' || role === 'wall'
        ? (tolerance?.thicknessPlusMinusMm ?? 0)
        : 0;
  return [asked - slack - SAME, asked + slack + SAME];
}
