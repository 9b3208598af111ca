import type { CategoryCode } from '../catalogue/categories';
import { REBAR_GRAMS_PER_METRE } from './rebarMass';

/** What a theoretical (理计) weight is computed from. Dims follow the category's layout (shared/catalogue/specLayout). */
export interface TheoreticalWeightInput {
  category: CategoryCode;
  dims: readonly number[];
  /** Number of bars, sheets, plates, lengths of pipe or section (支/张/根). */
  pieces: number;
  /** Length of one piece in mm when the dims do not carry it (pipes and sections; rebar/plate take it from dims). */
  lengthMm?: number;
}

/** Density of carbon steel in hundredths of g/cm³ (7.85); also g/m per mm² of section × 100. */
const STEEL_DENSITY_CENTI = 785n;
/** Stainless (304 family): 7.93 g/cm³. */
const STAINLESS_DENSITY_CENTI = 793n;
/** Round pipe: (OD − wall) × wall × 0.02466 kg/m, i.e. 24.66 g/m per mm² (π × 7.85) × 100. */
const PIPE_FACTOR_CENTI = 2466n;
/** Dims are read to the micrometre (1/1000 mm) so decimal thicknesses such as 6.5 stay exact. */
const MICRONS = 1000;

/**
 * The 理计 weight in whole kg (rounded half up) of `pieces` pieces:
 * - rebar: GB/T 1499.2 nominal mass per metre (Φ20 = 2.47 kg/m) × length (`dims[1]`);
 * - plate and cut sheet (flat products with a length): t × w × l × 7.85 (7.93 for stainless);
 * - round pipes: (OD − wall) × wall × 0.02466 kg/m × length (GB/T 3091 / GB/T 17395 formula);
 * - square and rectangular tube: (2a + 2b − 4t) × t × 0.00785 kg/m × length (corner radii ignored);
 * - angle: (a + b − t) × t × 0.00785 kg/m × length (root and toe radii ignored);
 * - H-beam: (2 × b × t2 + (h − 2 × t2) × t1) × 0.00785 kg/m × length (root radii ignored, so
 *   about 2–4 % under the GB/T 11263 table mass).
 * Lengths of pipes and sections come from `lengthMm` (or the pipe's `dims[2]`).
 *
 * @throws RangeError when the category is sold by weight only (coils, wire rod, I-beam and channel
 *   by section number need the mill's table), when a needed dimension or the length is missing,
 *   or when the rebar diameter is not a standard size.
 */
export function theoreticalWeight(input: TheoreticalWeightInput): number {
  const { category, dims, pieces } = input;
  if (!Number.isSafeInteger(pieces) || pieces < 0) throw new RangeError(`theoretical weight: ${pieces} is not a whole number of pieces`);
  const gramsPerPiece = (() => {
    switch (category) {
      case 'rebar':
        return rebarGrams(dims);
      case 'plate':
      case 'hot_rolled_coil':
      case 'cold_rolled':
      case 'galvanized_sheet':
        return flatGrams(category, dims, STEEL_DENSITY_CENTI);
      case 'stainless':
        return flatGrams(category, dims, STAINLESS_DENSITY_CENTI);
      case 'welded_pipe':
      case 'galvanized_pipe':
      case 'seamless_pipe': {
        const [od, wall] = need(category, dims, 2);
        const area = (microns(od) - microns(wall)) * microns(wall);
        return sectionMicrograms(area, PIPE_FACTOR_CENTI, lengthOf(category, input, dims[2]));
      }
      case 'square_pipe': {
        const [a, b, t] = need(category, dims, 3);
        const area = (2n * microns(a) + 2n * microns(b) - 4n * microns(t)) * microns(t);
        return sectionMicrograms(area, STEEL_DENSITY_CENTI, lengthOf(category, input));
      }
      case 'angle': {
        const [a, b, t] = need(category, dims, 3);
        const area = (microns(a) + microns(b) - microns(t)) * microns(t);
        return sectionMicrograms(area, STEEL_DENSITY_CENTI, lengthOf(category, input));
      }
      case 'h_beam': {
        const [h, b, t1, t2] = need(category, dims, 4);
        const area = 2n * microns(b) * microns(t2) + (microns(h) - 2n * microns(t2)) * microns(t1);
        return sectionMicrograms(area, STEEL_DENSITY_CENTI, lengthOf(category, input));
      }
      default:
        throw new RangeError(`theoretical weight: ${category} has no theoretical weight by formula (sold by scale or by the mill's section table)`);
    }
  })();
  return Number((gramsPerPiece * BigInt(pieces) + 500_000_000n) / 1_000_000_000n);
}

/** Mass of one piece in micrograms, so that rounding to the kg happens once, on the total. */
type Micrograms = bigint;

function rebarGrams(dims: readonly number[]): Micrograms {
  const [diameter, length] = need('rebar', dims, 2);
  const gramsPerMetre = REBAR_GRAMS_PER_METRE[diameter];
  if (gramsPerMetre === undefined) throw new RangeError(`theoretical weight: Φ${diameter} is not a standard rebar diameter (GB/T 1499.2)`);
  // g/m × m = g; × 10^6 for µg: g/m × length in µm.
  return BigInt(gramsPerMetre) * microns(length);
}

function flatGrams(category: CategoryCode, dims: readonly number[], densityCenti: bigint): Micrograms {
  const [t, w, l] = need(category, dims, 3);
  // 1 µm³ = 10^-12 cm³: µg = µm³ × (density/100) × 10^-12 × 10^6 = µm³ × densityCenti / 10^8.
  return (microns(t) * microns(w) * microns(l) * densityCenti) / 100_000_000n;
}

/**
 * Mass of a length of a constant section: area in µm², a factor in hundredths of g/m per mm².
 * µg = area × 10^-6 mm² × factor/100 g/m × length × 10^-6 m × 10^6 = area × factor × length[µm] / 10^8.
 */
function sectionMicrograms(areaSquareMicrons: bigint, factorCenti: bigint, lengthMm: number): Micrograms {
  return (areaSquareMicrons * factorCenti * microns(lengthMm)) / 100_000_000n;
}

function need(category: CategoryCode, dims: readonly number[], count: 2): [number, number];
function need(category: CategoryCode, dims: readonly number[], count: 3): [number, number, number];
function need(category: CategoryCode, dims: readonly number[], count: 4): [number, number, number, number];
function need(category: CategoryCode, dims: readonly number[], count: number): number[] {
  const taken = dims.slice(0, count);
  if (taken.length < count || taken.some((d) => !(d > 0))) {
    throw new RangeError(`theoretical weight: ${category} needs ${count} dimensions, got [${dims.join(', ')}]`);
  }
  return taken;
}

function lengthOf(category: CategoryCode, input: TheoreticalWeightInput, fromDims?: number): number {
  const length = input.lengthMm ?? fromDims;
  if (length === undefined || !(length > 0)) throw new RangeError(`theoretical weight: ${category} needs the length of a piece`);
  return length;
}

function microns(mm: number): bigint {
  return BigInt(Math.round(mm * MICRONS));
}
