import type { AnalyticsFilter } from '../../../../shared/analytics';
import { monthLabel, monthOf } from '../../../../shared/calendar/marketCalendar';
import type { CategoryCode } from '../../../../shared/catalogue/categories';
import type { Customer } from '../../../../shared/model';

/** What the filter bar shows: one choice per dimension, `''` meaning all. */
export interface FilterChoice {
  /** `YYYY-MM`, both included. */
  from: string;
  to: string;
  brokerId: string;
  region: string;
  category: CategoryCode | '';
  customerType: Customer['type'] | '';
}

/** Months the page opens on: the last twelve, this one included. */
const DEFAULT_MONTHS = 12;

export function defaultFilterChoice(thisMonth: string): FilterChoice {
  return { from: monthLabel(monthOf(thisMonth) - DEFAULT_MONTHS + 1), to: thisMonth, brokerId: '', region: '', category: '', customerType: '' };
}

/** Why the choice cannot be applied, or `null`: months missing or in the wrong order. */
export function periodProblem(choice: FilterChoice): 'missing' | 'order' | null {
  if (!choice.from || !choice.to) return 'missing';
  return choice.from > choice.to ? 'order' : null;
}

/** The shared filter of a valid choice. */
export function toAnalyticsFilter(choice: FilterChoice): AnalyticsFilter {
  const list = <T extends string>(value: T | '') => (value === '' ? undefined : [value]);
  return {
    period: { from: choice.from, to: choice.to },
    brokerIds: list(choice.brokerId),
    regions: list(choice.region),
    categories: list(choice.category),
    customerTypes: list(choice.customerType),
  };
}
