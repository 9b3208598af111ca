import { customerLifetimeValueFen, lifetimeModel, type LifetimeModel } from './clv';
import type { PreparedBook } from './prepare';

export interface CustomerValueRow {
  customerId: string;
  lifetimeDeals: number;
  /** Historical profit contribution from the first deal to the as-of day, fen. */
  lifetimeProfitFen: number;
  periodDeals: number;
  periodKg: number;
  periodProfitFen: number;
  clvFen: number | null;
}

export interface CustomerValue {
  model: LifetimeModel;
  /** Customers with ≥ 1 deal by the as-of day, in book order. */
  customers: CustomerValueRow[];
}

/**
 * Customer value 客户价值: per customer its historical profit contribution (its share of the margin,
 * commission or spread, of every counting deal it took part in; see `dealMarginFen` and `marginShareFen`),
 * its deals, tonnes and profit in the period, and its simple CLV (see `customerLifetimeValueFen`).
 */
export function customerValue(book: PreparedBook): CustomerValue {
  const { summaries } = book;
  const model = lifetimeModel(book);
  const customers: CustomerValueRow[] = [];
  book.customers.forEach((customer, c) => {
    if (summaries.lifetimeDeals[c] === 0) return;
    customers.push({
      customerId: customer.id,
      lifetimeDeals: summaries.lifetimeDeals[c]!,
      lifetimeProfitFen: summaries.lifetimeMarginFen[c]!,
      periodDeals: summaries.periodDeals[c]!,
      periodKg: summaries.periodKg[c]!,
      periodProfitFen: summaries.periodMarginFen[c]!,
      clvFen: customerLifetimeValueFen(book, c, model),
    });
  });
  return { model, customers };
}
