import type { CategoryCode } from '../catalogue/categories';
import { GRADE_CODES, DEVELOPMENT_STAGES, type DevelopmentStage, type GradeCode, type LifecyclePhase } from './ladders';

/** One customer as the list, the board and the filters see it. */
export interface CustomerListRow {
  id: string;
  name: string;
  shortName?: string;
  region: string;
  city?: string;
  categories: readonly CategoryCode[];
  brokerId: string;
  stage: DevelopmentStage;
  /** Absent before the first counting deal. */
  phase?: LifecyclePhase;
  grade: GradeCode;
  lastDealOn?: string;
  nextFollowUpOn?: string;
}

/** Each filter left out (undefined) lets every customer through; `phase: 'none'` means no phase yet. */
export interface CustomerFilters {
  stage?: DevelopmentStage;
  phase?: LifecyclePhase | 'none';
  grade?: GradeCode;
  region?: string;
  category?: CategoryCode;
  brokerId?: string;
}

export const CUSTOMER_SORT_KEYS = ['name', 'stage', 'grade', 'lastDeal', 'nextFollowUp'] as const;
export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];

/** The rows that pass every filter set, in their order. */
export function filterCustomerRows<Row extends CustomerListRow>(rows: readonly Row[], filters: CustomerFilters): Row[] {
  const { stage, phase, grade, region, category, brokerId } = filters;
  return rows.filter(
    (row) =>
      (stage === undefined || row.stage === stage) &&
      (phase === undefined || (phase === 'none' ? row.phase === undefined : row.phase === phase)) &&
      (grade === undefined || row.grade === grade) &&
      (region === undefined || row.region === region) &&
      (category === undefined || row.categories.includes(category)) &&
      (brokerId === undefined || row.brokerId === brokerId),
  );
}

const STAGE_RANK = new Map<string, number>(DEVELOPMENT_STAGES.map((stage, i) => [stage, i]));
const GRADE_RANK = new Map<string, number>(GRADE_CODES.map((grade, i) => [grade, i]));

/**
 * Rows sorted by `key`. `rows` must already be in name order (sort once with `sortByName`, which
 * is the costly one): the sort is stable, so customers that tie stay in name order. Stages and
 * grades sort highest first, last deals newest first, follow-ups soonest first; a missing date
 * sorts last.
 */
export function sortCustomerRows<Row extends CustomerListRow>(rowsByName: readonly Row[], key: CustomerSortKey): Row[] {
  const rows = [...rowsByName];
  switch (key) {
    case 'name':
      return rows;
    case 'stage':
      return rows.sort((a, b) => STAGE_RANK.get(b.stage)! - STAGE_RANK.get(a.stage)!);
    case 'grade':
      return rows.sort((a, b) => GRADE_RANK.get(b.grade)! - GRADE_RANK.get(a.grade)!);
    case 'lastDeal':
      return rows.sort((a, b) => compareDates(a.lastDealOn, b.lastDealOn, 'newestFirst'));
    case 'nextFollowUp':
      return rows.sort((a, b) => compareDates(a.nextFollowUpOn, b.nextFollowUpOn, 'soonestFirst'));
  }
}

/** ISO dates compare as text; a missing date goes last either way. */
function compareDates(a: string | undefined, b: string | undefined, order: 'newestFirst' | 'soonestFirst'): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const ascending = a < b ? -1 : 1;
  return order === 'soonestFirst' ? ascending : -ascending;
}

const byChineseName = new Intl.Collator('zh-CN').compare;

/** Rows in name order as brokers look names up (Chinese by pinyin); precomputes nothing per compare. */
export function sortByName<Row extends { name: string }>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => byChineseName(a.name, b.name));
}
