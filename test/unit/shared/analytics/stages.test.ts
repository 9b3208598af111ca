import { describe, expect, it } from 'vitest';
import { phaseCounts } from '../../../../shared/analytics/phaseCounts';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { stageDistribution } from '../../../../shared/analytics/stageDistribution';
import type { CustomerStanding } from '../../../../shared/analytics/standing';
import { ID, SIX_MONTHS, SMALL_BOOK, STANDINGS, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED } from '../../../fixtures/analytics/smallBookExpected';

describe('stage distribution and phases on the hand-computed book', () => {
  const book = prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY);

  it('counts customers by the stage they were in at each month end', () => {
    expect(stageDistribution(book, STANDINGS).byMonth).toEqual(EXPECTED.stagesByMonth);
  });

  it('counts each stage entered in the period as a move from the stage before', () => {
    expect(stageDistribution(book, STANDINGS).flows).toEqual(EXPECTED.stageFlows);
  });

  it('treats leftOn as the first day no longer in the stage', () => {
    const standing: CustomerStanding = {
      customerId: ID.X1,
      stageHistory: [
        { stage: 'peripheral', enteredOn: '2025-06-01', leftOn: '2026-01-31' },
        { stage: 'potential', enteredOn: '2026-01-31' },
      ],
    };
    const [january] = stageDistribution(book, [standing]).byMonth;
    expect(january!.counts).toEqual({ peripheral: 0, potential: 1, real: 0, loyal: 0 });
  });

  it('ignores standings of customers outside the selection', () => {
    const stranger: CustomerStanding = { customerId: '0190c000-0000-7000-8000-0000000000ff', stageHistory: [{ stage: 'loyal', enteredOn: '2026-01-01' }], phase: 'stability' };
    const withStranger = [...STANDINGS, stranger];
    expect(stageDistribution(book, withStranger)).toEqual(stageDistribution(book, STANDINGS));
    expect(phaseCounts(book, withStranger)).toEqual(EXPECTED.phases);
  });

  it('counts current lifecycle phases', () => {
    expect(phaseCounts(book, STANDINGS)).toEqual(EXPECTED.phases);
  });
});
