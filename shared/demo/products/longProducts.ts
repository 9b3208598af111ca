import { formatSpec } from '../../catalogue/formatSpec';
import { Weighted } from '../weighted';
import type { DemoProduct } from './demoProduct';
import { bundleWeightKg } from './bundleWeight';

/** Long products (长材): rebar `Φ20*9m` = [20, 9000]; coiled rebar and wire rod `Φ8` = [8]. */

const REBAR_DIAMETERS = new Weighted<number>([[12, 8], [14, 8], [16, 12], [18, 12], [20, 14], [22, 12], [25, 12], [28, 8], [32, 6]]);
const BUNDLE_TARGET_KG = 2_500;
const COIL_KG = 2_000;

const rebar: DemoProduct = {
  category: 'rebar',
  family: 'long',
  typedName: '螺纹',
  marketWeight: 25,
  grades: new Weighted([[{ name: 'HRB400E', premiumYuan: 0 }, 85], [{ name: 'HRB500E', premiumYuan: 150 }, 15]]),
  requestGrades: new Weighted([['HRB400E', 65], ['HRB400', 20], ['HRB500E', 15]]),
  mills: ['沙钢', '永钢', '中天', '萍钢', '敬业', '唐钢', '韶钢', '柳钢', '达钢', '马钢'],
  priceYuan: [3300, 3700],
  theoreticalShare: 0.9,
  lotPieces: [8, 120],
  sampleSpec(rng) {
    const d = REBAR_DIAMETERS.pick(rng);
    const lengthM = rng.chance(0.6) ? 9 : 12;
    const dims = [d, lengthM * 1000];
    return {
      spec: { text: formatSpec('rebar', dims), dims },
      typed: rng.pick([`Φ${d} ${lengthM}米`, `${d}*${lengthM}`, `Φ${d}*${lengthM}m`]),
      pieceKg: bundleWeightKg('rebar', dims, BUNDLE_TARGET_KG),
      premiumYuan: d <= 14 ? 100 : d >= 28 ? 30 : 0,
    };
  },
  requestTolerance(_spec, rng) {
    return rng.chance(0.5) ? { lengthsM: [9, 12] } : undefined;
  },
};

const coilRebar: DemoProduct = {
  category: 'coil_rebar',
  family: 'long',
  typedName: '盘螺',
  marketWeight: 8,
  grades: new Weighted([[{ name: 'HRB400E', premiumYuan: 0 }, 1]]),
  requestGrades: new Weighted([['HRB400E', 80], ['HRB400', 20]]),
  mills: ['沙钢', '永钢', '中天', '萍钢', '敬业', '韶钢'],
  priceYuan: [3400, 3800],
  theoreticalShare: 0.5,
  lotPieces: [10, 60],
  sampleSpec(rng) {
    const d = rng.pick([6, 8, 8, 10, 10, 12]);
    return {
      spec: { text: formatSpec('coil_rebar', [d]), dims: [d] },
      typed: rng.pick([`Φ${d}`, `${d}mm`]),
      pieceKg: COIL_KG,
      premiumYuan: d === 6 ? 80 : 0,
    };
  },
  requestTolerance: () => undefined,
};

const wireRod: DemoProduct = {
  category: 'wire_rod',
  family: 'long',
  typedName: '高线',
  marketWeight: 5,
  grades: new Weighted([[{ name: 'HPB300', premiumYuan: 0 }, 1]]),
  requestGrades: new Weighted([['HPB300', 1]]),
  mills: ['沙钢', '永钢', '敬业', '唐钢', '萍钢'],
  priceYuan: [3400, 3750],
  theoreticalShare: 0.3,
  lotPieces: [10, 60],
  sampleSpec(rng) {
    const d = rng.pick([6.5, 6.5, 8, 10]);
    return {
      spec: { text: formatSpec('wire_rod', [d]), dims: [d] },
      typed: rng.pick([`Φ${d}`, `${d}`]),
      pieceKg: COIL_KG,
      premiumYuan: 0,
    };
  },
  requestTolerance: () => undefined,
};

export const LONG_PRODUCTS: readonly DemoProduct[] = [rebar, coilRebar, wireRod];
