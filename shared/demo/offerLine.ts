import { formatTons } from './formatTons';
import type { DemoLot } from './lot';
import type { Random } from './random';

/**
 * The lot as a seller types it in a WeChat stock list, e.g. `螺纹 HRB400E Φ20 9米 沙钢 乐从库
 * 56.34吨 3560`. Every number in it agrees with the offer: tonnes = availableKg / 1000 and the
 * last number is the price in yuan per tonne.
 */
export function formatOfferLine(lot: DemoLot, rng: Random): string {
  const tons = `${formatTons(lot.weightKg)}吨`;
  const quantity = lot.weighing === 'theoretical' && rng.chance(0.4) ? `${lot.pieces}件/${tons}` : tons;
  const weighing = rng.chance(0.3) ? (lot.weighing === 'theoretical' ? ' 理计' : ' 磅计') : '';
  const yuan = lot.priceFenPerTon / 100;
  const price = rng.pick([`${yuan}`, `${yuan}`, `${yuan}元`]);
  return `${lot.product.typedName} ${lot.grade.name} ${lot.spec.typed} ${lot.mill} ${lot.warehouse} ${quantity}${weighing} ${price}`;
}
