/**
 * The steel categories (品名) SteelDesk knows. The code is stable (stored, synced);
 * the Chinese name is what brokers read and type.
 */
export const CATEGORY_CODES = [
  'rebar',
  'wire_rod',
  'coil_rebar',
  'hot_rolled_coil',
  'cold_rolled',
  'galvanized_sheet',
  'plate',
  'h_beam',
  'i_beam',
  'channel',
  'angle',
  'welded_pipe',
  'galvanized_pipe',
  'seamless_pipe',
  'square_pipe',
  'stainless',
] as const;

export type CategoryCode = (typeof CATEGORY_CODES)[number];

export interface CategoryInfo {
  code: CategoryCode;
  /** Chinese name as used in the market. */
  zh: string;
  en: string;
  /**
   * How the market usually weighs this category when a line does not say: straight bars, plates,
   * sections and pipes are sold by theoretical weight (理计); anything sold in coils (wire rod,
   * coiled rebar, strip, stainless) by the scale or the mill's label weight (磅计).
   */
  defaultWeighing: 'theoretical' | 'weighed';
}

export const CATEGORIES: Readonly<Record<CategoryCode, CategoryInfo>> = {
  rebar: { code: 'rebar', zh: '螺纹钢', en: 'Rebar', defaultWeighing: 'theoretical' },
  wire_rod: { code: 'wire_rod', zh: '线材', en: 'Wire rod', defaultWeighing: 'weighed' },
  coil_rebar: { code: 'coil_rebar', zh: '盘螺', en: 'Coiled rebar', defaultWeighing: 'weighed' },
  hot_rolled_coil: { code: 'hot_rolled_coil', zh: '热轧卷板', en: 'Hot-rolled coil', defaultWeighing: 'weighed' },
  cold_rolled: { code: 'cold_rolled', zh: '冷轧板卷', en: 'Cold-rolled coil', defaultWeighing: 'weighed' },
  galvanized_sheet: { code: 'galvanized_sheet', zh: '镀锌板卷', en: 'Galvanised sheet', defaultWeighing: 'weighed' },
  plate: { code: 'plate', zh: '中厚板', en: 'Plate', defaultWeighing: 'theoretical' },
  h_beam: { code: 'h_beam', zh: 'H型钢', en: 'H-beam', defaultWeighing: 'theoretical' },
  i_beam: { code: 'i_beam', zh: '工字钢', en: 'I-beam', defaultWeighing: 'theoretical' },
  channel: { code: 'channel', zh: '槽钢', en: 'Channel', defaultWeighing: 'theoretical' },
  angle: { code: 'angle', zh: '角钢', en: 'Angle', defaultWeighing: 'theoretical' },
  welded_pipe: { code: 'welded_pipe', zh: '焊管', en: 'Welded pipe', defaultWeighing: 'theoretical' },
  galvanized_pipe: { code: 'galvanized_pipe', zh: '镀锌管', en: 'Galvanised pipe', defaultWeighing: 'theoretical' },
  seamless_pipe: { code: 'seamless_pipe', zh: '无缝管', en: 'Seamless pipe', defaultWeighing: 'theoretical' },
  square_pipe: { code: 'square_pipe', zh: '方矩管', en: 'Square/rectangular tube', defaultWeighing: 'theoretical' },
  stainless: { code: 'stainless', zh: '不锈钢', en: 'Stainless', defaultWeighing: 'weighed' },
};
