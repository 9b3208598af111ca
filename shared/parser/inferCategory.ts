import type { CategoryCode } from '../catalogue/categories';
import type { SpecReading } from './readSpec';

/** Plates start at 4.5 mm (中厚板); thinner flat steel with a length is cut sheet from coil (开平板). */
const PLATE_MIN_THICKNESS_MM = 4.5;
/** Wire rod and coiled rebar are rolled up to Φ10 (occasionally 12); straight rebar from Φ12. */
const COILED_MAX_DIAMETER_MM = 10;

/**
 * The category a line without a category word most likely means, from its grade and spec shape:
 * HRB with Φ ≥ 12 or a length is rebar, thinner is 盘螺; HPB is wire rod; HN/HW is an H-beam;
 * SPCC/DC0x cold-rolled; DX51D/SGCC galvanised; structural grades with `C` a hot-rolled coil and
 * with a plate-sized length a plate. Undefined when that is not enough to tell.
 */
export function inferCategory(grade: string | undefined, spec: SpecReading): CategoryCode | undefined {
  const chain = spec.chain;
  if (chain && ['HN', 'HW', 'HM', 'HP'].includes(chain.prefix)) return 'h_beam';
  if (grade === undefined) return undefined;
  if (/^HRBF?\d{3}E?$/.test(grade) && chain?.prefix !== 'DN') {
    const diameter = chain?.numbers[0];
    if (diameter === undefined) return undefined;
    const hasLength = (chain?.numbers.length ?? 0) > 1 || spec.lengthsMm.length > 0;
    return hasLength || diameter > COILED_MAX_DIAMETER_MM ? 'rebar' : 'coil_rebar';
  }
  if (/^HPB\d{3}$/.test(grade)) return 'wire_rod';
  if (/^(SPC[CDE]|DC0\d)$/.test(grade)) return 'cold_rolled';
  if (/^(DX5\dD|SGC[CDE])/.test(grade)) return 'galvanized_sheet';
  if (/^(2\d\d|3\d\dL?|310S|4\d\dL?|2205|2507)$/.test(grade)) return 'stainless';
  if (/^(Q\d{3}|SS\d{3}|SPH[CDE]|SAPH)/.test(grade) && chain && chain.prefix === '') {
    if (chain.coil) return 'hot_rolled_coil';
    const [thickness, , length] = chain.numbers;
    if (length !== undefined) return thickness! >= PLATE_MIN_THICKNESS_MM ? 'plate' : 'hot_rolled_coil';
  }
  return undefined;
}
