import { penetration, type Penetration } from './penetration';
import type { PreparedBook } from './prepare';
import { ratio, type Ratio } from './ratio';
import { periodRepeatRate } from './repeatPurchase';

/** The four rates 四个率, nested as a funnel: participants ⊇ in contact ⊇ converted; active ⊇ repeat. */
export interface FourRates {
  coverage: Ratio;
  conversion: Ratio;
  repeatPurchase: Ratio;
  penetration: Penetration;
}

/**
 * The four rates 四个率.
 * - Coverage 覆盖率 = customers in contact ÷ all known market participants (every customer in the
 *   selection, peripheral ones included). In contact = by the as-of day it has a `firstContactOn`,
 *   a contact log or a counting deal.
 * - Conversion 转化率 = customers with ≥ 1 counting deal by the as-of day ÷ customers in contact.
 * - Repeat purchase 复购率 = customers with ≥ 2 deals in the period ÷ customers with ≥ 1 deal in it.
 * - Penetration 渗透率: see `penetration`.
 */
export function fourRates(book: PreparedBook): FourRates {
  const { summaries } = book;
  let contacted = 0;
  let converted = 0;
  for (let c = 0; c < book.customers.length; c++) {
    if (summaries.lifetimeDeals[c]! > 0) converted++;
    if (book.contacted[c] === 1) contacted++;
  }
  return {
    coverage: ratio(contacted, book.customers.length),
    conversion: ratio(converted, contacted),
    repeatPurchase: periodRepeatRate(book),
    penetration: penetration(book),
  };
}
