import { formatSpec } from '../../catalogue/formatSpec';
import { theoreticalWeight } from '../../weight/theoreticalWeight';
import type { Random } from '../random';
import { Weighted } from '../weighted';
import { bundleWeightKg } from './bundleWeight';
import type { DemoGrade, DemoProduct, DemoSpec } from './demoProduct';

/**
 * Sections (型材): H-beam `HN300*150*6.5*9` = [300, 150, 6.5, 9]; I-beam and channel by section
 * number `16#` = [16]; equal-leg angle `∠50*5` = [50, 50, 5].
 */

const STRUCTURAL_GRADES = new Weighted<DemoGrade>([[{ name: 'Q235B', premiumYuan: 0 }, 70], [{ name: 'Q355B', premiumYuan: 100 }, 30]]);
const STRUCTURAL_REQUEST_GRADES = new Weighted([['Q235B', 60], ['Q355B', 25], ['Q345B', 15]]);
const SECTION_MILLS = ['津西', '唐钢', '敬业', '马钢', '日照', '莱钢'];
const BUNDLE_TARGET_KG = 2_000;
const BEAM_LENGTH_MM = 12_000;

/** [series, h, b, t1, t2] of common H-beams (GB/T 11263). */
const H_BEAMS: ReadonlyArray<readonly [string, number, number, number, number]> = [
  ['HW', 100, 100, 6, 8], ['HW', 150, 150, 7, 10], ['HW', 200, 200, 8, 12], ['HW', 250, 250, 9, 14], ['HW', 300, 300, 10, 15],
  ['HN', 200, 100, 5.5, 8], ['HN', 250, 125, 6, 9], ['HN', 300, 150, 6.5, 9], ['HN', 350, 175, 7, 11], ['HN', 400, 200, 8, 13],
  ['HN', 450, 200, 9, 14], ['HN', 500, 200, 10, 16], ['HN', 600, 200, 11, 17],
];

/**
 * [section number, kg per metre] of hot-rolled I-beams and channels (GB/T 706): these have no
 * formula weight, the trade reads the mill's table.
 */
const I_BEAMS: ReadonlyArray<readonly [number, number]> = [
  [10, 11.3], [12, 14.2], [14, 16.9], [16, 20.5], [18, 24.1], [20, 27.9], [22, 33.1], [25, 38.1], [28, 43.5], [32, 52.7], [36, 60.0], [40, 67.6],
];
const CHANNELS: ReadonlyArray<readonly [number, number]> = [
  [5, 5.44], [6.3, 6.63], [8, 8.04], [10, 10.0], [12, 12.1], [14, 14.5], [16, 17.2], [18, 20.2], [20, 22.6], [22, 25.0], [25, 27.5], [28, 31.4],
];
/** [leg, thickness] of equal-leg angles. */
const ANGLES: ReadonlyArray<readonly [number, number]> = [[40, 4], [50, 5], [63, 6], [75, 7], [80, 8], [100, 10], [125, 10], [140, 12], [160, 14]];

function sampleNumbered(rng: Random, category: 'i_beam' | 'channel', sizes: ReadonlyArray<readonly [number, number]>): DemoSpec {
  const [number, kgPerM] = rng.pick(sizes);
  const barKg = kgPerM * rng.pick([6, 9, 12]);
  return {
    spec: { text: formatSpec(category, [number]), dims: [number] },
    typed: rng.pick([`${number}#`, `${number}号`]),
    pieceKg: Math.round(Math.max(1, Math.round(BUNDLE_TARGET_KG / barKg)) * barKg),
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
    const [series, ...dims] = rng.pick(H_BEAMS);
    const text = formatSpec('h_beam', dims, { hBeamSeries: series });
    return {
      spec: { text, dims },
      typed: rng.pick([text, dims.join('*'), `${dims[0]}*${dims[1]}`]),
      pieceKg: theoreticalWeight({ category: 'h_beam', dims, pieces: 1, lengthMm: BEAM_LENGTH_MM }),
      premiumYuan: dims[0]! >= 500 ? 50 : 0,
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
  sampleSpec: (rng) => sampleNumbered(rng, 'i_beam', I_BEAMS),
  requestTolerance: noTolerance,
};

const channel: DemoProduct = {
  ...iBeam,
  category: 'channel',
  typedName: '槽钢',
  marketWeight: 3,
  sampleSpec: (rng) => sampleNumbered(rng, 'channel', CHANNELS),
};

const angle: DemoProduct = {
  ...iBeam,
  category: 'angle',
  typedName: '角钢',
  marketWeight: 4,
  sampleSpec(rng) {
    const [leg, t] = rng.pick(ANGLES);
    const dims = [leg, leg, t];
    const text = formatSpec('angle', dims);
    return {
      spec: { text, dims },
      typed: rng.pick([text, `${leg}*${leg}*${t}`, `${leg}*${t}`]),
      pieceKg: bundleWeightKg('angle', dims, BUNDLE_TARGET_KG, rng.pick([6, 9, 12]) * 1000),
      premiumYuan: 0,
    };
  },
};

export const SECTIONS: readonly DemoProduct[] = [hBeam, iBeam, channel, angle];
