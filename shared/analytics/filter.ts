import type { CategoryCode } from '../catalogue/categories';
import type { Customer } from '../model/customer';

/** A month range `YYYY-MM` … `YYYY-MM`, both ends included. */
export interface AnalyticsPeriod {
  from: string;
  to: string;
}

/**
 * What the analytics look at, applied once up front by `prepareBook`. Every list narrows the book;
 * an absent or empty list means "all".
 * - `period`: the months analysed (default: the 12 months up to today's month). Deals after the
 *   period's end are ignored, so every metric reads as it would have on that day.
 * - `brokerIds`: the customers assigned to these brokers (the broker's book: customers stay with
 *   the company when a broker leaves, so a customer's deals count for the broker it is assigned to).
 * - `regions`, `customerTypes`: the customers' region and type.
 * - `categories`: only deal lines of these categories count (tonnes and margin of the other lines
 *   are left out, a deal without such a line is left out); a customer stays in the book when it is
 *   interested in one of them or traded one of them.
 */
export interface AnalyticsFilter {
  period?: AnalyticsPeriod;
  brokerIds?: readonly string[];
  regions?: readonly string[];
  categories?: readonly CategoryCode[];
  customerTypes?: readonly Customer['type'][];
}

/** The filter as sets, `null` meaning "all". */
export interface FilterSets {
  brokerIds: ReadonlySet<string> | null;
  regions: ReadonlySet<string> | null;
  categories: ReadonlySet<CategoryCode> | null;
  customerTypes: ReadonlySet<Customer['type']> | null;
}

export function filterSets(filter: AnalyticsFilter): FilterSets {
  return {
    brokerIds: setOrAll(filter.brokerIds),
    regions: setOrAll(filter.regions),
    categories: setOrAll(filter.categories),
    customerTypes: setOrAll(filter.customerTypes),
  };
}

/** Whether the customer's own attributes (assigned broker, region, type) pass the filter. */
export function customerAttributesPass(customer: Customer, sets: FilterSets): boolean {
  return (
    (sets.brokerIds === null || sets.brokerIds.has(customer.brokerId)) &&
    (sets.regions === null || sets.regions.has(customer.region)) &&
    (sets.customerTypes === null || sets.customerTypes.has(customer.type))
  );
}

/** Whether the customer is interested in one of the filtered categories (always true without that filter). */
export function customerInterestPasses(customer: Customer, sets: FilterSets): boolean {
  const { categories } = sets;
  return categories === null || customer.categories.some((code) => categories.has(code));
}

function setOrAll<T>(values: readonly T[] | undefined): ReadonlySet<T> | null {
  return values && values.length > 0 ? new Set(values) : null;
}
