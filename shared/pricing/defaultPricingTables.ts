import type { PricingTables, SpecBand } from './pricingTables';

const y = (yuan: number) => yuan * 100;

/** Bands written as [from mm, yuan per tonne], largest first. */
const bands = (...rows: Array<[number, number]>): SpecBand[] => rows.map(([fromMm, yuan]) => ({ fromMm, fenPerTon: y(yuan) }));

const STRUCTURAL = { Q235B: 0, Q235A: y(-10), Q235C: y(80), Q195: y(-30), Q355B: y(150), Q345B: y(150), Q355C: y(250), Q355D: y(350) };
const PIPE_GRADES = { Q195: y(-30), Q235B: 0, Q355B: y(150), Q345B: y(150) };

/**
 * SteelDesk's default price tables, in line with spot-market practice in late 2026 (yuan per
 * tonne, tax included). Base specs follow the market's reference sizes: rebar HRB400E Φ18–25,
 * coil Q235B 4.75 mm and up, plate Q235B 14–40 mm. Thinner and smaller sizes cost more to roll,
 * so they carry premiums; higher-strength grades carry the usual 150 yuan for Q355. Volume: under
 * 10 t is a retail lot (+30), from 50 t discounts of 10–30. Prepayment earns up to 10 yuan;
 * credit costs 7.2 % a year on the price (about 0.7 yuan per tonne-day at 3,600) plus 10 yuan
 * risk. Delivery: 0.35 yuan per tonne-km by road, at least 30. Customer grades: silver −10,
 * gold −20, diamond −30.
 */
export const DEFAULT_PRICING_TABLES: PricingTables = {
  baseSpec: {
    rebar: 'Φ18–25',
    wire_rod: 'Φ6.5–8',
    coil_rebar: 'Φ8',
    hot_rolled_coil: '4.75–11.75mm',
    cold_rolled: '1.0mm',
    galvanized_sheet: '1.0mm',
    stainless: '1.5–3.0mm',
    plate: '14–40mm',
    h_beam: 'H200–588',
    i_beam: '10#–27#',
    channel: '10#–27#',
    angle: '∠40–90',
    welded_pipe: 'DN20 以上',
    galvanized_pipe: 'DN20 以上',
    seamless_pipe: 'Φ273 以下',
    square_pipe: '40 以上',
  },
  specBands: {
    rebar: bands([50, 200], [36, 120], [32, 50], [28, 30], [18, 0], [16, 40], [14, 80], [12, 120], [0, 200]),
    wire_rod: bands([12, 60], [10, 30], [6.5, 0], [0, 50]),
    coil_rebar: bands([12, 50], [8, 0], [0, 100]),
    hot_rolled_coil: bands([12, 50], [4.75, 0], [3.75, 50], [3, 100], [2.5, 150], [2, 220], [1.5, 350], [0, 450]),
    cold_rolled: bands([2, -50], [1, 0], [0.8, 50], [0.6, 120], [0.5, 180], [0, 250]),
    galvanized_sheet: bands([1, 0], [0.8, 60], [0.6, 150], [0.5, 200], [0, 300]),
    stainless: bands([3, -200], [1.5, 0], [1, 150], [0.8, 300], [0.5, 500], [0, 800]),
    plate: bands([60, 200], [41, 100], [14, 0], [10, 50], [8, 100], [6, 150], [0, 250]),
    h_beam: bands([600, 150], [200, 0], [0, 50]),
    i_beam: bands([28, 50], [10, 0], [0, 80]),
    channel: bands([28, 50], [10, 0], [0, 80]),
    angle: bands([100, 50], [40, 0], [0, 50]),
    welded_pipe: bands([26, 0], [0, 100]),
    galvanized_pipe: bands([26, 0], [0, 100]),
    seamless_pipe: bands([273, 100], [0, 0]),
    square_pipe: bands([40, 0], [0, 80]),
  },
  baseGrade: {
    rebar: 'HRB400E',
    wire_rod: 'HPB300',
    coil_rebar: 'HRB400E',
    hot_rolled_coil: 'Q235B',
    cold_rolled: 'SPCC',
    galvanized_sheet: 'DX51D+Z',
    stainless: '304',
    plate: 'Q235B',
    h_beam: 'Q235B',
    i_beam: 'Q235B',
    channel: 'Q235B',
    angle: 'Q235B',
    welded_pipe: 'Q235B',
    galvanized_pipe: 'Q235B',
    seamless_pipe: '20#',
    square_pipe: 'Q235B',
  },
  gradePremiums: {
    rebar: { HRB400E: 0, HRB400: y(-30), HRB500E: y(150), HRB500: y(120), HRB335: y(-80) },
    coil_rebar: { HRB400E: 0, HRB400: y(-30), HRB500E: y(150) },
    wire_rod: { HPB300: 0, Q195: y(-30), Q235B: 0 },
    hot_rolled_coil: { ...STRUCTURAL, SS400: 0, SPHC: y(50) },
    cold_rolled: { SPCC: 0, DC01: 0, DC03: y(150), SPCD: y(150), DC04: y(250) },
    galvanized_sheet: { 'DX51D+Z': 0, SGCC: 0, 'DX52D+Z': y(100), 'DX53D+Z': y(200) },
    stainless: { '304': 0, '304L': y(500), '316L': y(9000), '201': y(-6000), '430': y(-5500) },
    plate: STRUCTURAL,
    h_beam: STRUCTURAL,
    i_beam: STRUCTURAL,
    channel: STRUCTURAL,
    angle: STRUCTURAL,
    welded_pipe: PIPE_GRADES,
    galvanized_pipe: PIPE_GRADES,
    seamless_pipe: { '20#': 0, '45#': y(200), Q355B: y(150), Q345B: y(150) },
    square_pipe: PIPE_GRADES,
  },
  volumeTiers: [
    { fromKg: 500_000, fenPerTon: y(-30) },
    { fromKg: 200_000, fenPerTon: y(-20) },
    { fromKg: 50_000, fenPerTon: y(-10) },
    { fromKg: 10_000, fenPerTon: 0 },
    { fromKg: 0, fenPerTon: y(30) },
  ],
  payment: { fullPrepaymentFenPerTon: y(-10), creditAnnualRateBp: 720, creditRiskFenPerTon: y(10) },
  delivery: { minimumFenPerTon: y(30), fenPerTonKm: 35, roadFactorPercent: 130 },
  customerGrade: { standard: 0, silver: y(-10), gold: y(-20), diamond: y(-30) },
};
