import type { CategoryCode } from '../catalogue/categories';
import { INCH_NAME_DN } from '../catalogue/pipeSizes';
import type { LineScanner } from './lineScanner';

/** A run of dimensions as written: `Φ20*9M`, `3.0*1500*C`, `HN300*150*6.5*9`, `DN50`, `∠50*5`, `20MM`. */
export interface DimChain {
  /** Φ, DN, H/HN/HW/HM/HP, ∠ or L, □ (square tube), Δ (plate thickness sign), or none. */
  prefix: string;
  numbers: number[];
  /** Ends in `C` (coil). */
  coil: boolean;
  /** The last number carries `M` (metres). */
  metres: boolean;
  fragment: string;
}

/** Everything spec-like found on a line, still uninterpreted (the category decides what it means). */
export interface SpecReading {
  chain?: DimChain;
  /** Plate thickness written apart: `18厚 2200*8000`. */
  thicknessMm?: number;
  /** Section number of channels, I-beams and angles: `16#`, `25A#`, `10号`. */
  section?: { number: number; variant: number; fragment: string };
  /** Lengths written apart from the chain, in mm: `9M`, `9/12M`, `定尺12M`. */
  lengthsMm: number[];
  /** Stainless surface finish (2B, BA, NO.1...). */
  finish?: string;
}

const N = String.raw`\d+(?:\.\d+)?(?:MM)?`;
// The sign is optional but never preceded by blanks in the pattern: a leading `\\s*` would make
// every run of blanks (taken text) cost quadratic time.
const CHAIN = new RegExp(`(?:(Φ|DN|H[NWMP]?|∠|L|□|Δ)\\s*)?(?<![\\d.])(${N})((?:\\s*\\*\\s*(?:${N}|C))*)\\s*(M(?![A-Z]))?`, 'g');
const SECTION = /(?<![\d.])(\d{1,2}(?:\.\d)?)([ABC])?(?:#|号)/;
const THICKNESS = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:MM)?\s*厚|厚\s*(\d+(?:\.\d+)?)/;
/** Pipe sizes in the trade's inches: `4分`, `1.5寸`. */
const INCH_SIZE = /(\d(?:\.\d)?(?:分|寸))/;
/** A bare diameter (`盘螺 8`, `高线 6.5`): only where the category is round bar and nothing else is the spec. */
const BARE_DIAMETER = /(?<![\d.*#Φ])(\d{1,2}(?:\.\d)?)(?![\d.*#%])/;
const BAR_DIAMETER_MM = { min: 5, max: 50 } as const;

const PIPES: ReadonlySet<CategoryCode | undefined> = new Set(['welded_pipe', 'galvanized_pipe', 'seamless_pipe']);
const ROUND_BARS: ReadonlySet<CategoryCode | undefined> = new Set(['rebar', 'wire_rod', 'coil_rebar']);
const LENGTHS = /(?:定尺)?(?<![\d.])(\d+(?:\.\d+)?)((?:\s*[-/~或、]\s*\d+(?:\.\d+)?)*)\s*M(?![A-Z])(?:定尺)?/g;
/** Stainless surface finishes; a line naming one is about stainless. */
export const FINISH = /(?<![A-Z0-9])(2B|BA|2D|1D|NO\.?1|NO\.?4|HL|8K)(?![A-Z0-9])/;

/**
 * Takes the spec notation out of a line. The category, where known, decides what some notations
 * mean: `16#` is a section size except for pipes (where `20#` is a grade, taken before), `4分` a
 * pipe size, a bare `8` a diameter only for round bars; `stainlessContext` says whether 2B/BA are finishes.
 */
export function readSpec(scan: LineScanner, category: CategoryCode | undefined, stainlessContext: boolean): SpecReading {
  const reading: SpecReading = { lengthsMm: [] };
  if (stainlessContext) reading.finish = scan.take(FINISH)?.[1]?.replace(/^NO(?=\d)/, 'NO.');
  const section = PIPES.has(category) ? undefined : scan.take(SECTION, /[#号]/);
  if (section) {
    reading.section = { number: Number(section[1]), variant: section[2] ? ' ABC'.indexOf(section[2]) : 0, fragment: section[0] };
  }
  const thickness = scan.take(THICKNESS, /厚/);
  if (thickness) reading.thicknessMm = Number(thickness[1] ?? thickness[2]);
  reading.chain = (PIPES.has(category) ? takeInchSize(scan) : undefined) ?? takeChain(scan);
  if (!reading.chain && ROUND_BARS.has(category)) reading.chain = takeBareDiameter(scan);
  for (const match of scan.takeAll(LENGTHS, /M/)) {
    const metres = [match[1]!, ...(match[2]!.match(/\d+(?:\.\d+)?/g) ?? [])].map(Number);
    reading.lengthsMm.push(...metres.map((m) => Math.round(m * 1000)));
  }
  return reading;
}

function takeInchSize(scan: LineScanner): DimChain | undefined {
  const match = INCH_SIZE.exec(scan.remaining);
  const dn = match ? INCH_NAME_DN[match[1]!] : undefined;
  if (!match || dn === undefined) return undefined;
  scan.blank(match.index, match[0].length);
  return { prefix: 'DN', numbers: [dn], coil: false, metres: false, fragment: match[0] };
}

function takeBareDiameter(scan: LineScanner): DimChain | undefined {
  const match = BARE_DIAMETER.exec(scan.remaining);
  const diameter = Number(match?.[1]);
  if (!match || diameter < BAR_DIAMETER_MM.min || diameter > BAR_DIAMETER_MM.max) return undefined;
  scan.blank(match.index, match[0].length);
  return { prefix: 'Φ', numbers: [diameter], coil: false, metres: false, fragment: match[0] };
}

function takeChain(scan: LineScanner): DimChain | undefined {
  const text = scan.remaining;
  CHAIN.lastIndex = 0;
  for (let match = CHAIN.exec(text); match; match = CHAIN.exec(text)) {
    const prefix = match[1] ?? '';
    const rest = match[3]!;
    const hasMm = match[0].includes('MM');
    // A lone number is a spec only with a sign or a unit in front of or after it.
    if (prefix === '' && rest === '' && !hasMm) continue;
    scan.blank(match.index, match[0].length);
    const parts = [match[2]!, ...rest.split('*').slice(1)].map((part) => {
      const trimmed = part.trim();
      return trimmed.endsWith('MM') ? trimmed.slice(0, -2) : trimmed;
    });
    const coil = parts[parts.length - 1] === 'C';
    return {
      prefix,
      numbers: (coil ? parts.slice(0, -1) : parts).map(Number),
      coil,
      metres: match[4] !== undefined,
      fragment: match[0].trim(),
    };
  }
  return undefined;
}
