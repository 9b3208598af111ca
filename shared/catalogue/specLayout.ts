import type { CategoryCode } from './categories';

/**
 * What each number of a spec's `dims` means, per category. All lengths are millimetres,
 * including rebar and pipe lengths (9 m is stored as 9000). Trailing dims are left out when the
 * line did not say them (a rebar offer `Φ20` without a length has `dims: [20]`).
 *
 * | category                                   | dims                                             | text        |
 * |--------------------------------------------|--------------------------------------------------|-------------|
 * | rebar                                      | [diameter, length]                               | `Φ20*9m`    |
 * | wire_rod, coil_rebar                       | [diameter]                                       | `Φ8`        |
 * | hot_rolled_coil, cold_rolled, galvanized_sheet, stainless | [thickness, width, length?] (no length = coil, `C`) | `3.0*1500*C` |
 * | plate                                      | [thickness, width, length]                       | `20*2200*8000` |
 * | h_beam                                     | [height, flange width, web thickness, flange thickness] | `HN300*150*6.5*9` |
 * | i_beam, channel                            | [section number, variant?] (variant 1 a, 2 b, 3 c; left out when none) | `16#` = [16], `25a#` = [25, 1] |
 * | angle                                      | [leg a, leg b, thickness]                        | `∠50*5`     |
 * | welded_pipe, galvanized_pipe, seamless_pipe | [outer diameter, wall, length?]; DN sizes are stored as their outer diameter (see pipeSizes) | `Φ48*3.5`, `DN50` |
 * | square_pipe                                | [side a, side b, wall]                           | `100*100*4` |
 */
export type DimRole =
  | 'diameter'
  | 'length'
  | 'thickness'
  | 'width'
  | 'height'
  | 'flangeWidth'
  | 'webThickness'
  | 'flangeThickness'
  | 'sectionNumber'
  | 'sectionVariant'
  | 'leg'
  | 'outerDiameter'
  | 'wall'
  | 'side';

const FLAT: readonly DimRole[] = ['thickness', 'width', 'length'];
const PIPE: readonly DimRole[] = ['outerDiameter', 'wall', 'length'];
const SECTION_NUMBER: readonly DimRole[] = ['sectionNumber', 'sectionVariant'];

/** The role of each position of `spec.dims`, per category (see the table above). */
export const SPEC_LAYOUTS: Readonly<Record<CategoryCode, readonly DimRole[]>> = {
  rebar: ['diameter', 'length'],
  wire_rod: ['diameter'],
  coil_rebar: ['diameter'],
  hot_rolled_coil: FLAT,
  cold_rolled: FLAT,
  galvanized_sheet: FLAT,
  stainless: FLAT,
  plate: FLAT,
  h_beam: ['height', 'flangeWidth', 'webThickness', 'flangeThickness'],
  i_beam: SECTION_NUMBER,
  channel: SECTION_NUMBER,
  angle: ['leg', 'leg', 'thickness'],
  welded_pipe: PIPE,
  galvanized_pipe: PIPE,
  seamless_pipe: PIPE,
  square_pipe: ['side', 'side', 'wall'],
};

/** Section variant letters of I-beams and channels (`25a#`), in `dims[1]` order. */
export const SECTION_VARIANTS = ['', 'a', 'b', 'c'] as const;
