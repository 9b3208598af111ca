import { describe, expect, it } from 'vitest';
import { computeAnalytics } from '../../../../../shared/analytics';
import { computeCustomerInsights } from '../../../../../shared/customers';
import { createAnalyticsEngine } from '../../../../../renderer/src/features/analytics/compute/analyticsEngine';
import { createInThreadRunner } from '../../../../../renderer/src/features/analytics/compute/inThreadRunner';
import { CONTACT_LOGS, CUSTOMERS, DEALS, ID, SIX_MONTHS, TODAY } from '../../../../fixtures/analytics/smallBook';

const SOURCE = { customers: CUSTOMERS, deals: DEALS, contactLogs: CONTACT_LOGS, requests: [], offers: [], ratings: [] };

describe('the analytics engine behind the worker and the in-thread runner', () => {
  it('computes the metrics of the loaded book with the customer engines’ standings', async () => {
    const runner = createInThreadRunner();
    await runner.load(SOURCE, TODAY);
    const standings = computeCustomerInsights(SOURCE, TODAY);
    expect(await runner.compute(SIX_MONTHS)).toEqual(computeAnalytics({ ...SOURCE, standings }, SIX_MONTHS, TODAY));
    expect(await runner.drillDown(SIX_MONTHS, { kind: 'churned' })).toEqual([ID.B3]);
  });

  it('answers a request before any load, or with a bad filter, with an error that says why', async () => {
    const answer = createAnalyticsEngine();
    expect(answer({ id: 7, kind: 'compute', filter: {} })).toEqual({ id: 7, ok: false, error: 'analytics: no book loaded yet' });
    const runner = createInThreadRunner();
    await runner.load(SOURCE, TODAY);
    await expect(runner.compute({ period: { from: '2026-05', to: '2026-01' } })).rejects.toThrow('analytics period: from 2026-05 is after to 2026-01');
  });

  it('answers every request with the id it came with', () => {
    const answer = createAnalyticsEngine();
    expect(answer({ id: 1, kind: 'load', source: SOURCE, today: TODAY })).toEqual({ id: 1, ok: true, value: null });
    expect(answer({ id: 2, kind: 'drillDown', filter: SIX_MONTHS, target: { kind: 'phase', phase: 'decline' } }).id).toBe(2);
  });
});
