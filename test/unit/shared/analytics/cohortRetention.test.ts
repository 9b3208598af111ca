import { describe, expect, it } from 'vitest';
import { cohortCellCustomers, cohortRetention } from '../../../../shared/analytics/cohortRetention';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { ID, SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

describe('cohortRetention on the hand-computed book', () => {
  const result = cohortRetention(prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY));

  it('builds the triangle by first-deal month, with null where a month is not reached yet', () => {
    expect(result.cohorts).toEqual(EXPECTED.cohorts);
  });

  it('keeps a reachable month without deals at 0 and an unreachable one at null', () => {
    const february = result.cohorts[1]!;
    expect(february.retained[2]).toBe(0);
    expect(february.retained[5]).toBeNull();
  });

  it('averages each column over the cohorts that reached it, weighted by size', () => {
    expect(result.curve.map((p) => [p.k, p.cohorts])).toEqual(EXPECTED.curve.map((p) => [p.k, p.cohorts]));
    result.curve.forEach((point, k) => expectRatio(point.rate, EXPECTED.curve[k]!));
  });

  it('counts a month in progress as reached', () => {
    // As of 2026-06-10 the June diagonal exists, but B2's June deal of 06-20 is not in yet.
    const early = cohortRetention(prepareBook(SMALL_BOOK, SIX_MONTHS, '2026-06-10'));
    expect(early.cohorts[1]!.retained).toEqual([1, 1, 0, 1, 0, null]);
  });

  it('lists the customers behind a cell', () => {
    const book = prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY);
    expect(cohortCellCustomers(book, '2026-02', 0)).toEqual([ID.B2]);
    expect(cohortCellCustomers(book, '2026-02', 3)).toEqual([ID.B2]); // B2 bought in May
    expect(cohortCellCustomers(book, '2026-02', 2)).toEqual([]); // not in April
    expect(cohortCellCustomers(book, '2026-01', 2)).toEqual([ID.B5]);
  });
});
