import type { CategoryCode } from '../../catalogue/categories';
import { formatSpec } from '../../catalogue/formatSpec';
import type { Spec } from '../../model/primitives';
import type { SpecTolerance } from '../../model/request';
import type { Random } from '../random';
import { Weighted } from '../weighted';
import type { DemoProduct, DemoSpec } from './demoProduct';
import { theoreticalWeight } from '../../weight/theoreticalWeight';

/**
 * Flat products (板材): coils and stainless `3.0*1500*C` = [3, 1500] (no length: a coil);
 * plate `20*2200*8000` = [20, 2200, 8000].
 */

interface CoilSizes {
  thicknesses: readonly number[];
  widths: readonly number[];
  coilKg: readonly [number, number];
  /** Extra yuan per tonne below this thickness. */
  thinBelowMm: number;
  thinPremiumYuan: number;
}

function sampleCoil(rng: Random, category: CategoryCode, sizes: CoilSizes): DemoSpec {
  const t = rng.pick(sizes.thicknesses);
  const w = rng.pick(sizes.widths);
  const text = formatSpec(category, [t, w]);
  return {
    spec: { text, dims: [t, w] },
    typed: rng.pick([text, text.replace(/\*C$/, ''), `${t}*${w}`]),
    pieceKg: rng.int(sizes.coilKg[0], sizes.coilKg[1]),
    premiumYuan: t < sizes.thinBelowMm ? sizes.thinPremiumYuan : 0,
  };
}

function widthTolerance(spec: Spec, rng: Random): SpecTolerance | undefined {
  const width = spec.dims[1];
  if (width === undefined || !rng.chance(0.4)) return undefined;
  return { widthMinMm: width - rng.pick([0, 50]), widthMaxMm: width + rng.pick([50, 250]) };
}

const HRC: CoilSizes = {
  thicknesses: [1.8, 2.0, 2.5, 2.75, 3.0, 3.0, 3.5, 3.75, 4.0, 4.5, 5.0, 5.75, 6.0, 7.75, 8.0, 9.75, 10.0, 11.75, 12.0],
  widths: [1250, 1500, 1500, 1800],
  coilKg: [18_000, 28_000],
  thinBelowMm: 2.5,
  thinPremiumYuan: 80,
};

const hotRolledCoil: DemoProduct = {
  category: 'hot_rolled_coil',
  family: 'flat',
  typedName: '卷板',
  marketWeight: 12,
  grades: new Weighted([[{ name: 'Q235B', premiumYuan: 0 }, 55], [{ name: 'Q355B', premiumYuan: 100 }, 30], [{ name: 'SPHC', premiumYuan: 60 }, 15]]),
  requestGrades: new Weighted([['Q235B', 55], ['Q355B', 25], ['Q345B', 10], ['SPHC', 10]]),
  mills: ['日照', '鞍钢', '宝钢', '首钢', '马钢', '本钢', '涟钢', '梅钢'],
  priceYuan: [3400, 3800],
  theoreticalShare: 0,
  lotPieces: [1, 12],
  sampleSpec: (rng) => sampleCoil(rng, 'hot_rolled_coil', HRC),
  requestTolerance: widthTolerance,
};

const coldRolled: DemoProduct = {
  category: 'cold_rolled',
  family: 'flat',
  typedName: '冷轧',
  marketWeight: 6,
  grades: new Weighted([[{ name: 'SPCC', premiumYuan: 0 }, 60], [{ name: 'DC01', premiumYuan: 30 }, 40]]),
  requestGrades: new Weighted([['SPCC', 60], ['DC01', 40]]),
  mills: ['宝钢', '鞍钢', '首钢', '本钢', '马钢'],
  priceYuan: [4000, 4500],
  theoreticalShare: 0,
  lotPieces: [1, 10],
  sampleSpec: (rng) =>
    sampleCoil(rng, 'cold_rolled', {
      thicknesses: [0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.0, 1.2, 1.5, 2.0],
      widths: [1000, 1220, 1250, 1250, 1500],
      coilKg: [8_000, 15_000],
      thinBelowMm: 0.5,
      thinPremiumYuan: 300,
    }),
  requestTolerance: widthTolerance,
};

const galvanizedSheet: DemoProduct = {
  category: 'galvanized_sheet',
  family: 'flat',
  typedName: '镀锌卷',
  marketWeight: 4,
  grades: new Weighted([[{ name: 'DX51D+Z', premiumYuan: 0 }, 1]]),
  requestGrades: new Weighted([['DX51D+Z', 80], ['SGCC', 20]]),
  mills: ['宝钢', '鞍钢', '首钢', '马钢'],
  priceYuan: [4300, 4800],
  theoreticalShare: 0,
  lotPieces: [1, 10],
  sampleSpec: (rng) =>
    sampleCoil(rng, 'galvanized_sheet', {
      thicknesses: [0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0],
      widths: [1000, 1219, 1250],
      coilKg: [5_000, 10_000],
      thinBelowMm: 0.5,
      thinPremiumYuan: 250,
    }),
  requestTolerance: widthTolerance,
};

const plate: DemoProduct = {
  category: 'plate',
  family: 'flat',
  typedName: '中板',
  marketWeight: 10,
  grades: new Weighted([[{ name: 'Q235B', premiumYuan: 0 }, 60], [{ name: 'Q355B', premiumYuan: 120 }, 40]]),
  requestGrades: new Weighted([['Q235B', 45], ['Q355B', 35], ['Q345B', 20]]),
  mills: ['南钢', '湘钢', '舞钢', '新钢', '鞍钢', '沙钢'],
  priceYuan: [3600, 4000],
  theoreticalShare: 0.6,
  lotPieces: [5, 40],
  sampleSpec(rng) {
    const t = rng.pick([8, 10, 12, 14, 16, 18, 20, 20, 22, 25, 30, 36, 40, 50]);
    const w = rng.pick([1800, 2000, 2200, 2500]);
    const l = rng.pick([8000, 10000, 12000]);
    const dims = [t, w, l];
    const text = formatSpec('plate', dims);
    return {
      spec: { text, dims },
      typed: rng.pick([text, `${t}厚 ${w}*${l}`]),
      pieceKg: theoreticalWeight({ category: 'plate', dims, pieces: 1 }),
      premiumYuan: t >= 40 ? 100 : 0,
    };
  },
  requestTolerance(_spec, rng) {
    return rng.chance(0.3) ? { thicknessPlusMinusMm: rng.pick([0.5, 1]) } : undefined;
  },
};

const stainless: DemoProduct = {
  category: 'stainless',
  family: 'stainless',
  typedName: '不锈钢',
  marketWeight: 2,
  grades: new Weighted([
    [{ name: '304', premiumYuan: 0, priceYuan: [13_000, 15_000] }, 70],
    [{ name: '201', premiumYuan: 0, priceYuan: [7_500, 8_500] }, 20],
    [{ name: '316L', premiumYuan: 0, priceYuan: [22_000, 25_000] }, 10],
  ]),
  requestGrades: new Weighted([['304', 65], ['201', 20], ['316L', 10], ['316', 5]]),
  mills: ['太钢', '青山', '德盛', '张浦', '北海诚德'],
  priceYuan: [13_000, 15_000],
  theoreticalShare: 0,
  lotPieces: [1, 6],
  sampleSpec(rng) {
    const t = rng.pick([0.5, 0.8, 1.0, 1.0, 1.2, 1.5, 2.0, 3.0, 4.0, 6.0]);
    const w = rng.pick([1219, 1219, 1240, 1500]);
    const finish = t >= 3 ? 'NO.1' : rng.pick(['2B', '2B', 'BA']);
    const text = formatSpec('stainless', [t, w], { finish });
    return {
      spec: { text, dims: [t, w] },
      typed: rng.pick([text, `${text.slice(finish.length + 1).replace(/\*C$/, '')} ${finish}`]),
      pieceKg: rng.int(3_000, 8_000),
      premiumYuan: finish === 'BA' ? 300 : 0,
    };
  },
  requestTolerance: widthTolerance,
};

export const FLAT_PRODUCTS: readonly DemoProduct[] = [hotRolledCoil, coldRolled, galvanizedSheet, plate, stainless];
