import type { Customer } from '../../model/customer';
import type { ProductFamily } from '../products/demoProduct';

/** A line of business (行业) in a company name, with the form its short name (简称) uses. */
export interface Industry {
  word: string;
  short: string;
  /** The product families such a company trades, with relative weights. */
  families: ReadonlyArray<readonly [ProductFamily, number]>;
}

const TRADER_FAMILIES: ReadonlyArray<readonly [ProductFamily, number]> = [['long', 40], ['flat', 30], ['section', 15], ['pipe', 10], ['stainless', 5]];

export const INDUSTRIES = {
  steel: { word: '钢铁', short: '钢铁', families: TRADER_FAMILIES },
  materials: { word: '物资', short: '物资', families: TRADER_FAMILIES },
  trading: { word: '贸易', short: '贸易', families: TRADER_FAMILIES },
  metals: { word: '金属材料', short: '金属', families: [['flat', 40], ['stainless', 30], ['pipe', 30]] },
  building: { word: '建材', short: '建材', families: [['long', 60], ['pipe', 40]] },
  structures: { word: '钢结构', short: '钢构', families: [['section', 50], ['flat', 35], ['pipe', 15]] },
  construction: { word: '建设工程', short: '建设', families: [['long', 80], ['flat', 10], ['section', 10]] },
} as const satisfies Record<string, Industry>;

export type IndustryKey = keyof typeof INDUSTRIES;

/** Which lines of business a customer of each type tends to be in, with relative weights. */
export const INDUSTRY_MIX: Readonly<Record<Customer['type'], ReadonlyArray<readonly [IndustryKey, number]>>> = {
  seller: [['steel', 35], ['materials', 25], ['trading', 25], ['metals', 15]],
  buyer: [['construction', 30], ['structures', 25], ['building', 20], ['materials', 10], ['trading', 10], ['metals', 5]],
  both: [['steel', 30], ['materials', 30], ['trading', 30], ['metals', 10]],
};
