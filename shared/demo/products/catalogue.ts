import type { CategoryCode } from '../../catalogue/categories';
import { Weighted } from '../weighted';
import type { DemoProduct, ProductFamily } from './demoProduct';
import { FLAT_PRODUCTS } from './flatProducts';
import { LONG_PRODUCTS } from './longProducts';
import { PIPES } from './pipes';
import { SECTIONS } from './sections';

const ALL: readonly DemoProduct[] = [...LONG_PRODUCTS, ...FLAT_PRODUCTS, ...SECTIONS, ...PIPES];

/** How the demo market trades each category. */
export const DEMO_PRODUCTS: Readonly<Record<CategoryCode, DemoProduct>> = Object.fromEntries(
  ALL.map((product) => [product.category, product]),
) as Record<CategoryCode, DemoProduct>;

/** The categories of each family, weighted by their share of the market's listings. */
export const FAMILY_CATEGORIES: Readonly<Record<ProductFamily, Weighted<CategoryCode>>> = {
  long: familyOf('long'),
  flat: familyOf('flat'),
  section: familyOf('section'),
  pipe: familyOf('pipe'),
  stainless: familyOf('stainless'),
};

function familyOf(family: ProductFamily): Weighted<CategoryCode> {
  return new Weighted(ALL.filter((p) => p.family === family).map((p) => [p.category, p.marketWeight] as const));
}
