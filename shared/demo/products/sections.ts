import type { Random } from '../random';
import { Weighted } from '../weighted';
import type { DemoGrade, DemoProduct, DemoSpec } from './demoProduct';
import { bundleKg } from './steelWeights';

/**
 * Sections (型材). Spec dims: H-beam `[h, b, t1, t2]` (`HN300*150*6.5*9`); I-beam and channel
 * `[number]` (`16#` → [16]); angle `[a, b, t]` (`50*50*5`). Weights per metre are the
 * standard theoretical ones (GB/T 11263, GB/T 706).
 */

const STRUCTURAL_GRADES = new Weighted<DemoGrade>([[{ name: 'Q235B', premiumYuan: 0 }, 70], [{ name: 'Q355B', premiumYuan: 100 }, 30]]);
const STRUCTURAL_REQUEST_GRADES = new Weighted<readonly string[]>([[['Q235B'], 55], [['Q235B', 'Q355B'], 10], [['Q355B'], 20], [['Q345B', 'Q355B'], 15]]);
const SECTION_MILLS = ['津西', '唐钢', '敬业', '马钢', '日照', '莱钢'];
const BUNDLE_TARGET_KG = 2_000;

/** [series, h, b, t1, t2, kg per metre] */
const H_BEAMS: ReadonlyArray<readonly [string, number, number, number, number, number]> = [
  ['HW', 100, 100, 6, 8, 16.9], ['HW', 150, 150, 7, 10, 31.1], ['HW', 200, 200, 8, 12, 49.9], ['HW', 250, 250, 9, 14, 71.8],
  ['HW', 300, 300, 10, 15, 93.0], ['HN', 200, 100, 5.5, 8, 20.9], ['HN', 250, 125, 6, 9, 29.0], ['HN', 300, 150, 6.5, 9, 36.7],
  ['HN', 350, 175, 7, 11, 49.4], ['HN', 400, 200, 8, 13, 65.4], ['HN', 450, 200, 9, 14, 74.9], ['HN', 500, 200, 10, 16, 88.1],
  ['HN', 600, 200, 11, 17, 103.4],
];

/** [number, kg per metre] */
const I_BEAMS: ReadonlyArray<readonly [number, number]> = [
  [10, 11.3], [12, 14.2], [14, 16.9], [16, 20.5], [18, 24.1], [20, 27.9], [22, 33.1], [25, 38.1], [28, 43.5], [32, 52.7], [36, 60.0], [40, 67.6],
];
const CHANNELS: ReadonlyArray<readonly [number, number]> = [
  [5, 5.44], [6.3, 6.63], [8, 8.04], [10, 10.0], [12, 12.1], [14, 14.5], [16, 17.2], [18, 20.2], [20, 22.6], [22, 25.0], [25, 27.5], [28, 31.4],
];
/** [leg, thickness, kg per metre], equal-leg angles. */
const ANGLES: ReadonlyArray<readonly [number, number, number]> = [
  [40, 4, 2.42], [50, 5, 3.77], [63, 6, 5.72], [75, 7, 7.98], [80, 8, 9.66], [100, 10, 15.1], [125, 10, 19.1], [140, 12, 25.5], [160, 14, 34.0],
];

function sampleNumbered(rng: Random, sizes: ReadonlyArray<readonly [number, number]>): DemoSpec {
  const [number, kgPerM] = rng.pick(sizes);
  const lengthM = rng.pick([6, 9, 12]);
  return {
    spec: { text: `${number}#`, dims: [number] },
    typed: rng.pick([`${number}#`, `${number}号`]),
    pieceKg: bundleKg(kgPerM * lengthM, BUNDLE_TARGET_KG),
    premiumYuan: 0,
  };
}

const noTolerance = () => undefined;

const hBeam: DemoProduct = {
  category: 'h_beam',
  family: 'section',
  typedName: 'H型钢',
  marketWeight: 6,
  grades: STRUCTURAL_GRADES,
  requestGrades: STRUCTURAL_REQUEST_GRADES,
  mills: ['津西', '莱钢', '马钢', '日照', '长江'],
  priceYuan: [3500, 3900],
  theoreticalShare: 0.8,
  lotPieces: [20, 200],
  sampleSpec(rng) {
    const [series, h, b, t1, t2, kgPerM] = rng.pick(H_BEAMS);
    const text = `${series}${h}*${b}*${t1}*${t2}`;
    return {
      spec: { text, dims: [h, b, t1, t2] },
      typed: rng.pick([text, `${h}*${b}*${t1}*${t2}`, `${h}*${b}`]),
      pieceKg: kgPerM * 12,
      premiumYuan: h >= 500 ? 50 : 0,
    };
  },
  requestTolerance: noTolerance,
};

const iBeam: DemoProduct = {
  category: 'i_beam',
  family: 'section',
  typedName: '工字钢',
  marketWeight: 2,
  grades: STRUCTURAL_GRADES,
  requestGrades: STRUCTURAL_REQUEST_GRADES,
  mills: SECTION_MILLS,
  priceYuan: [3500, 3900],
  theoreticalShare: 0.8,
  lotPieces: [5, 40],
  sampleSpec: (rng) => sampleNumbered(rng, I_BEAMS),
  requestTolerance: noTolerance,
};

const channel: DemoProduct = {
  ...iBeam,
  category: 'channel',
  typedName: '槽钢',
  marketWeight: 3,
  sampleSpec: (rng) => sampleNumbered(rng, CHANNELS),
};

const angle: DemoProduct = {
  ...iBeam,
  category: 'angle',
  typedName: '角钢',
  marketWeight: 4,
  sampleSpec(rng) {
    const [leg, t, kgPerM] = rng.pick(ANGLES);
    const lengthM = rng.pick([6, 9, 12]);
    return {
      spec: { text: `${leg}*${leg}*${t}`, dims: [leg, leg, t] },
      typed: rng.pick([`${leg}*${leg}*${t}`, `∠${leg}*${t}`, `${leg}*${t}`]),
      pieceKg: bundleKg(kgPerM * lengthM, BUNDLE_TARGET_KG),
      premiumYuan: 0,
    };
  },
};

export const SECTIONS: readonly DemoProduct[] = [hBeam, iBeam, channel, angle];
