import type { CategoryCode } from './categories';
import { SECTION_VARIANTS } from './specLayout';

/** Notation details that `dims` do not carry but the canonical text shows. */
export interface SpecNotation {
  /** H-beam series prefix: HN (narrow flange), HW (wide), HM (medium), HP (pile). Default `H`. */
  hBeamSeries?: string;
  /** Pipe nominal size: renders `DN50` instead of the outer diameter. */
  nominalDn?: number;
  /** Stainless surface finish, e.g. `2B`, `BA`, `NO.1`. */
  finish?: string;
}

/**
 * The canonical spec text brokers read, from a category and its dims (layout in specLayout):
 * `Φ20*9m`, `3.0*1500*C`, `20*2200*8000`, `HN300*150*6.5*9`, `16#`, `∠50*5`, `Φ48*3.5`, `DN50`,
 * `100*100*4`, `2B 1.0*1219*C`. Missing trailing dims are simply not shown.
 */
export function formatSpec(category: CategoryCode, dims: readonly number[], notation: SpecNotation = {}): string {
  switch (category) {
    case 'rebar':
    case 'wire_rod':
    case 'coil_rebar':
      return joinDims([`Φ${num(dims[0])}`, metres(dims[1])]);
    case 'hot_rolled_coil':
    case 'cold_rolled':
    case 'galvanized_sheet':
      return flat(dims);
    case 'stainless':
      return [notation.finish, dims.length > 0 ? flat(dims) : undefined].filter(Boolean).join(' ');
    case 'plate':
      return joinDims(dims.map(num));
    case 'h_beam':
      return `${notation.hBeamSeries ?? 'H'}${joinDims(dims.map(num))}`;
    case 'i_beam':
    case 'channel':
      return `${num(dims[0])}${SECTION_VARIANTS[dims[1] ?? 0] ?? ''}#`;
    case 'angle':
      return `∠${joinDims(dims[0] === dims[1] ? [num(dims[0]), num(dims[2])] : dims.map(num))}`;
    case 'welded_pipe':
    case 'galvanized_pipe':
    case 'seamless_pipe':
      return joinDims([
        notation.nominalDn !== undefined ? `DN${notation.nominalDn}` : `Φ${num(dims[0])}`,
        num(dims[1]),
        metres(dims[2]),
      ]);
    case 'square_pipe':
      return joinDims(dims.map(num));
  }
}

/** Flat products: thickness always with a decimal (`3.0`), then width, then length or `C` for coil. */
function flat(dims: readonly number[]): string {
  const [thickness, width, length] = dims;
  const t = thickness === undefined ? undefined : Number.isInteger(thickness) ? thickness.toFixed(1) : String(thickness);
  return joinDims([t, num(width), width === undefined ? undefined : length === undefined ? 'C' : num(length)]);
}

function joinDims(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((p): p is string => p !== undefined).join('*');
}

function num(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function metres(mm: number | undefined): string | undefined {
  return mm === undefined ? undefined : `${mm / 1000}m`;
}
