import type { Spec } from '../../model/primitives';
import type { SpecTolerance } from '../../model/request';
import type { Random } from '../random';
import { Weighted } from '../weighted';
import type { DemoProduct } from './demoProduct';
import { bundleKg, pipeKgPerM, tubeKgPerM } from './steelWeights';

/**
 * Pipes (管材). Spec dims: welded and seamless `[outer diameter, wall]` (`Φ48*3.5` → [48, 3.5],
 * `159*5` → [159, 5]); galvanised `[DN]` (`DN50` → [50]); square and rectangular tube
 * `[a, b, wall]` (`100*100*4`).
 */

const BUNDLE_TARGET_KG = 2_000;
const PIPE_LENGTH_M = 6;

/** [outer diameter, wall] of welded pipe; Φ48 is the scaffolding size every market stocks. */
const WELDED: ReadonlyArray<readonly [number, number]> = [
  [48, 3.5], [48, 3.5], [48, 3.0], [48, 2.75], [60, 3.0], [76, 3.5], [89, 4.0], [114, 4.0], [159, 4.5], [219, 6.0],
];
/** [DN, outer diameter, wall, inch name used in the market] */
const GALVANIZED: ReadonlyArray<readonly [number, number, number, string]> = [
  [15, 21.3, 2.8, '4分'], [20, 26.9, 2.8, '6分'], [25, 33.7, 3.2, '1寸'], [32, 42.4, 3.5, '1.2寸'], [40, 48.3, 3.5, '1.5寸'],
  [50, 60.3, 3.8, '2寸'], [65, 76.1, 4.0, '2.5寸'], [80, 88.9, 4.0, '3寸'], [100, 114.3, 4.0, '4寸'], [150, 168.3, 4.5, '6寸'],
];
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
const pipeRequestGrades = new Weighted<readonly string[]>([[['Q235B'], 70], [['Q195', 'Q235B'], 30]]);
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
    const [od, wall] = rng.pick(WELDED);
    const text = `Φ${od}*${wall}`;
    return {
      spec: { text, dims: [od, wall] },
      typed: rng.pick([text, `${od}*${wall}`]),
      pieceKg: bundleKg(pipeKgPerM(od, wall) * PIPE_LENGTH_M, BUNDLE_TARGET_KG),
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
    const [dn, od, wall, inches] = rng.pick(GALVANIZED);
    return {
      spec: { text: `DN${dn}`, dims: [dn] },
      typed: rng.pick([`DN${dn}`, inches]),
      pieceKg: bundleKg(pipeKgPerM(od, wall) * ZINC_FACTOR * PIPE_LENGTH_M, BUNDLE_TARGET_KG),
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
  requestGrades: new Weighted<readonly string[]>([[['20#'], 60], [['45#'], 20], [['Q345B', 'Q355B'], 20]]),
  mills: ['天管', '包钢', '衡钢', '成都无缝'],
  priceYuan: [4200, 4500],
  theoreticalShare: 0.2,
  lotPieces: [3, 30],
  sampleSpec(rng) {
    const [od, wall] = rng.pick(SEAMLESS);
    return {
      spec: { text: `${od}*${wall}`, dims: [od, wall] },
      typed: rng.pick([`${od}*${wall}`, `Φ${od}*${wall}`]),
      pieceKg: bundleKg(pipeKgPerM(od, wall) * rng.pick([6, 9, 12]), BUNDLE_TARGET_KG),
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
    const [a, b, wall] = rng.pick(TUBES);
    const text = `${a}*${b}*${wall}`;
    return {
      spec: { text, dims: [a, b, wall] },
      typed: rng.pick([text, `□${text}`]),
      pieceKg: bundleKg(tubeKgPerM(a, b, wall) * PIPE_LENGTH_M, BUNDLE_TARGET_KG),
      premiumYuan: 0,
    };
  },
};

export const PIPES: readonly DemoProduct[] = [weldedPipe, galvanizedPipe, seamlessPipe, squarePipe];
