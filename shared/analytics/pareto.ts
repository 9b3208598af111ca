import type { PreparedBook } from './prepare';

/** The share of the profit the Pareto figure asks about. */
export const PARETO_SHARE = 0.8;

export interface ParetoRow {
  customerId: string;
  profitFen: number;
  cumulativeFen: number;
  /** cumulativeFen ÷ total; `null` when the total is not positive. */
  cumulativeShare: number | null;
}

export interface Pareto {
  totalProfitFen: number;
  /** Customers that traded in the period, most profitable first (ties in book order). */
  rows: ParetoRow[];
  /** How many of the first rows make ≥ 80% of the total; `null` when the total is not positive. */
  customersFor80: number | null;
}

/**
 * Pareto of profit 利润帕累托: the customers with ≥ 1 deal in the period sorted by their margin in
 * the period, most first, with the running total and its share of the total; and how many customers
 * it takes to reach 80% of the profit.
 */
export function profitPareto(book: PreparedBook): Pareto {
  const { periodDeals, periodMarginFen } = book.summaries;
  const members: number[] = [];
  for (let c = 0; c < book.customers.length; c++) if (periodDeals[c]! > 0) members.push(c);
  members.sort((a, b) => periodMarginFen[b]! - periodMarginFen[a]! || a - b);
  const totalProfitFen = members.reduce((sum, c) => sum + periodMarginFen[c]!, 0);
  let cumulativeFen = 0;
  let customersFor80: number | null = null;
  const rows = members.map((c, i): ParetoRow => {
    cumulativeFen += periodMarginFen[c]!;
    const cumulativeShare = totalProfitFen > 0 ? cumulativeFen / totalProfitFen : null;
    if (customersFor80 === null && cumulativeShare !== null && cumulativeFen >= PARETO_SHARE * totalProfitFen) customersFor80 = i + 1;
    return { customerId: book.customers[c]!.id, profitFen: periodMarginFen[c]!, cumulativeFen, cumulativeShare };
  });
  return { totalProfitFen, rows, customersFor80 };
}
