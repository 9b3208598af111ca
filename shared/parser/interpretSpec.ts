import type { CategoryCode } from '../catalogue/categories';
import { formatSpec, type SpecNotation } from '../catalogue/formatSpec';
import { DN_OUTER_DIAMETER_MM } from '../catalogue/pipeSizes';
import { SPEC_LAYOUTS } from '../catalogue/specLayout';
import type { Spec, SpecTolerance } from '../model';
import type { DimChain, SpecReading } from './readSpec';

/** A spec in the category's dims layout, a tolerance a request implied, or the fragment that did not fit. */
export type SpecInterpretation =
  | { spec: Spec; tolerance?: SpecTolerance }
  | { notUnderstood: string }
  | undefined;

/** Rebar lengths are written in metres (9, 12) or millimetres (9000); above this it is mm. */
const MAX_METRES = 30;

/**
 * What the spec notation of a line means for its category, in that category's dims layout
 * (shared/catalogue/specLayout). Undefined when the line has no spec; `notUnderstood` when it has
 * one the category cannot take (a coil notation on a rebar line).
 */
export function interpretSpec(category: CategoryCode, reading: SpecReading): SpecInterpretation {
  const { chain } = reading;
  const dims = dimsFor(category, reading);
  if (dims === 'none') return undefined;
  if (dims === 'misfit') return { notUnderstood: chain?.fragment ?? reading.section?.fragment ?? '' };
  if (!dims.every((d, i) => Number.isFinite(d) && (d > 0 || (d === 0 && SPEC_LAYOUTS[category][i] === 'sectionVariant')))) {
    return { notUnderstood: chain?.fragment ?? reading.section?.fragment ?? '' };
  }
  const notation: SpecNotation = {
    ...(chain?.prefix.startsWith('H') && chain.prefix.length === 2 ? { hBeamSeries: chain.prefix } : {}),
    ...(chain?.prefix === 'DN' ? { nominalDn: chain.numbers[0] } : {}),
    ...(reading.finish !== undefined ? { finish: reading.finish } : {}),
  };
  const spec = { text: formatSpec(category, dims, notation), dims };
  const lengths = category === 'rebar' ? rebarLengthsMm(chain, reading.lengthsMm) : [];
  return lengths.length > 1 ? { spec, tolerance: { lengthsM: lengths.map((mm) => mm / 1000) } } : { spec };
}

type Dims = number[] | 'none' | 'misfit';

function dimsFor(category: CategoryCode, reading: SpecReading): Dims {
  const { chain, section } = reading;
  switch (category) {
    case 'rebar': {
      if (!chain) return 'none';
      if (!['Φ', ''].includes(chain.prefix) || chain.coil || chain.numbers.length > 2) return 'misfit';
      const [length] = rebarLengthsMm(chain, reading.lengthsMm);
      return length === undefined ? [chain.numbers[0]!] : [chain.numbers[0]!, length];
    }
    case 'wire_rod':
    case 'coil_rebar':
      if (!chain) return 'none';
      return ['Φ', ''].includes(chain.prefix) && chain.numbers.length === 1 && !chain.coil ? chain.numbers : 'misfit';
    case 'hot_rolled_coil':
    case 'cold_rolled':
    case 'galvanized_sheet':
    case 'stainless':
    case 'plate':
      return flatDims(reading);
    case 'h_beam':
      if (!chain) return 'none';
      return ['H', 'HN', 'HW', 'HM', 'HP', ''].includes(chain.prefix) && chain.numbers.length >= 2 && chain.numbers.length <= 4 && !chain.coil
        ? chain.numbers
        : 'misfit';
    case 'i_beam':
    case 'channel':
      if (section) return section.variant ? [section.number, section.variant] : [section.number];
      return chain ? 'misfit' : 'none';
    case 'angle':
      if (section) return [section.number * 10, section.number * 10];
      if (!chain) return 'none';
      if (!['∠', 'L', ''].includes(chain.prefix) || chain.coil) return 'misfit';
      if (chain.numbers.length === 2) return [chain.numbers[0]!, chain.numbers[0]!, chain.numbers[1]!];
      return chain.numbers.length === 3 ? chain.numbers : 'misfit';
    case 'welded_pipe':
    case 'galvanized_pipe':
    case 'seamless_pipe':
      return pipeDims(chain, reading.lengthsMm);
    case 'square_pipe':
      if (!chain) return 'none';
      if (!['□', ''].includes(chain.prefix) || chain.coil) return 'misfit';
      if (chain.numbers.length === 2) return [chain.numbers[0]!, chain.numbers[0]!, chain.numbers[1]!];
      return chain.numbers.length === 3 ? chain.numbers : 'misfit';
  }
}

/** Thickness, width, length; the thickness may stand apart (`18厚 2200*8000`). */
function flatDims(reading: SpecReading): Dims {
  const { chain, thicknessMm, finish } = reading;
  const thickness = thicknessMm === undefined ? [] : [thicknessMm];
  if (!chain) return thickness.length > 0 || finish !== undefined ? thickness : 'none';
  const dims = [...thickness, ...chain.numbers];
  const fits = ['', 'Δ'].includes(chain.prefix) && dims.length <= 3 && !(chain.coil && dims.length === 3);
  return fits ? dims : 'misfit';
}

function pipeDims(chain: DimChain | undefined, lengthsMm: readonly number[]): Dims {
  if (!chain) return 'none';
  if (chain.coil || chain.numbers.length > 3) return 'misfit';
  const [size, wall, length] = chain.numbers;
  let outer = size!;
  if (chain.prefix === 'DN') {
    const fromTable = DN_OUTER_DIAMETER_MM[size!];
    if (fromTable === undefined) return 'misfit';
    outer = fromTable;
  } else if (!['Φ', ''].includes(chain.prefix) || wall === undefined) {
    return 'misfit';
  }
  const lengthMm = length !== undefined ? (chain.metres ? length * 1000 : length) : lengthsMm[0];
  return [outer, ...(wall !== undefined ? [wall] : []), ...(lengthMm !== undefined && wall !== undefined ? [lengthMm] : [])];
}

/** The rebar lengths a line gives, in mm, the one in the notation first (`20*12`, `Φ20*9M`, then `9/12M`). */
function rebarLengthsMm(chain: DimChain | undefined, separate: readonly number[]): number[] {
  const inChain = chain?.numbers[1];
  const first = inChain === undefined ? [] : [chain!.metres || inChain <= MAX_METRES ? Math.round(inChain * 1000) : inChain];
  return [...new Set([...first, ...separate])];
}
