import { formatSpec } from '../../catalogue/formatSpec';
import { DN_OUTER_DIAMETER_MM, INCH_NAME_DN } from '../../catalogue/pipeSizes';
import type { Spec } from '../../model/primitives';
import type { SpecTolerance } from '../../model/request';
import type { Random } from '../random';
import { Weighted } from '../weighted';
import type { DemoProduct } from './demoProduct';
import { bundleWeightKg } from './bundleWeight';

/**
 * Pipes (管材): welded and seamless `Φ48*3.5` = [48, 3.5]; galvanised by nominal size `DN50` =
 * [60.3] (its outer diameter, see shared/catalogue/pipeSizes); tube `100*100*4` = [100, 100, 4].
 */

const BUNDLE_TARGET_KG = 2_000;
const PIPE_LENGTH_MM = 6_000;

/** [outer diameter, wall] of welded pipe; Φ48 is the scaffolding size every market stocks. */
const WELDED: ReadonlyArray<readonly [number, number]> = [
  [48, 3.5], [48, 3.5], [48, 3.0], [48, 2.75], [60, 3.0], [76, 3.5], [89, 4.0], [114, 4.0], [159, 4.5], [219, 6.0],
];
/** [DN, common wall] of galvanised pipe (GB/T 3091). */
const GALVANIZED: ReadonlyArray<readonly [number, number]> = [
  [15, 2.8], [20, 2.8], [25, 3.2], [32, 3.5], [40, 3.5], [50, 3.8], [65, 4.0], [80, 4.0], [100, 4.0], [150, 4.5],
];
const INCH_NAMES = new Map(Object.entries(INCH_NAME_DN).map(([name, dn]) => [dn, name]));
const SEAMLESS: ReadonlyArray<readonly [number, number]> = [
  [57, 3.5], [76, 4], [89, 5], [108, 5], [133, 6], [159, 5], [159, 6], [219, 8], [273, 10], [325, 10],
];
const TUBES: ReadonlyArray<readonly [number, number, number]> = [
  [40, 40, 2], [50, 50, 3], [60, 40, 2.5], [80, 80, 3], [100, 50, 3], [100, 100, 4], [120, 80, 4], [150, 150, 5], [200, 100, 5],
];
/** Zinc adds about 6% to a black pipe's weight. */
const ZINC_FACTOR = 1.06;

function wallTolerance(_spec: Spec, rng: Random): SpecTolerance | undefined {
  return rng.chance(0.3) ? { thicknessPlusMinusMm: rng.pick([0.25, 0.5]) } : undefined;
}

const pipeGrades = new Weighted([[{ name: 'Q235B', premiumYuan: 0 }, 80], [{ name: 'Q195', premiumYuan: -30 }, 20]] as const);
const pipeRequestGrades = new Weighted([['Q235B', 75], ['Q195', 25]]);
const PIPE_MILLS = ['友发', '利达', '华岐', '正大'];

const weldedPipe: DemoProduct = {
  category: 'welded_pipe',
  family: 'pipe',
  typedName: '焊管',
  marketWeight: 4,
  grades: pipeGrades,
  requestGrades: pipeRequestGrades,
  mills: PIPE_MILLS,
  priceYuan: [3900, 4200],
  theoreticalShare: 0.7,
  lotPieces: [5, 50],
  sampleSpec(rng) {
    const dims = [...rng.pick(WELDED)];
    const text = formatSpec('welded_pipe', dims);
    return {
      spec: { text, dims },
      typed: rng.pick([text, dims.join('*')]),
      pieceKg: bundleWeightKg('welded_pipe', dims, BUNDLE_TARGET_KG, PIPE_LENGTH_MM),
      premiumYuan: 0,
    };
  },
  requestTolerance: wallTolerance,
};

const galvanizedPipe: DemoProduct = {
  ...weldedPipe,
  category: 'galvanized_pipe',
  typedName: '镀锌管',
  marketWeight: 3,
  priceYuan: [4300, 4500],
  sampleSpec(rng) {
    const [dn, wall] = rng.pick(GALVANIZED);
    const od = DN_OUTER_DIAMETER_MM[dn]!;
    const text = formatSpec('galvanized_pipe', [od], { nominalDn: dn });
    return {
      spec: { text, dims: [od] },
      typed: rng.pick([text, INCH_NAMES.get(dn) ?? text]),
      pieceKg: Math.round(bundleWeightKg('galvanized_pipe', [od, wall], BUNDLE_TARGET_KG, PIPE_LENGTH_MM) * ZINC_FACTOR),
      premiumYuan: 0,
    };
  },
  requestTolerance: () => undefined,
};

const seamlessPipe: DemoProduct = {
  category: 'seamless_pipe',
  family: 'pipe',
  typedName: '无缝管',
  marketWeight: 3,
  grades: new Weighted([[{ name: '20#', premiumYuan: 0 }, 60], [{ name: '45#', premiumYuan: 150 }, 20], [{ name: 'Q355B', premiumYuan: 100 }, 20]]),
  requestGrades: new Weighted([['20#', 60], ['45#', 20], ['Q345B', 20]]),
  mills: ['天管', '包钢', '衡钢', '成都无缝'],
  priceYuan: [4200, 4500],
  theoreticalShare: 0.2,
  lotPieces: [3, 30],
  sampleSpec(rng) {
    const dims = [...rng.pick(SEAMLESS)];
    const text = formatSpec('seamless_pipe', dims);
    return {
      spec: { text, dims },
      typed: rng.pick([dims.join('*'), text]),
      pieceKg: bundleWeightKg('seamless_pipe', dims, BUNDLE_TARGET_KG, rng.pick([6, 9, 12]) * 1000),
      premiumYuan: 0,
    };
  },
  requestTolerance: wallTolerance,
};

const squarePipe: DemoProduct = {
  ...weldedPipe,
  category: 'square_pipe',
  typedName: '方管',
  marketWeight: 3,
  priceYuan: [3950, 4300],
  sampleSpec(rng) {
    const dims = [...rng.pick(TUBES)];
    const text = formatSpec('square_pipe', dims);
    return {
      spec: { text, dims },
      typed: rng.pick([text, `□${text}`]),
      pieceKg: bundleWeightKg('square_pipe', dims, BUNDLE_TARGET_KG, PIPE_LENGTH_MM),
      premiumYuan: 0,
    };
  },
};

export const PIPES: readonly DemoProduct[] = [weldedPipe, galvanizedPipe, seamlessPipe, squarePipe];
