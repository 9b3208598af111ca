import { render, screen } from '@testing-library/react';
import { App } from '../../../../../renderer/src/app/App';
import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { AnalyticsRunnerContext, type AnalyticsRunnerFactory } from '../../../../../renderer/src/features/analytics/compute/AnalyticsRunnerContext';
import { createInThreadRunner } from '../../../../../renderer/src/features/analytics/compute/inThreadRunner';
import type { Language } from '../../../../../shared/settings/settings';
import { CONTACT_LOGS, CUSTOMERS, DEALS } from '../../../../fixtures/analytics/smallBook';
import { seed, testWorld } from '../../app/support/testServices';

/** The hand-computed analytics book (test/fixtures/analytics/smallBook.ts), with its two brokers. */
export const ANALYTICS_BOOK: BookContents = {
  brokers: [
    { id: 'b1', name: '王东', prefix: 'WD' },
    { id: 'b2', name: '李南', prefix: 'LN' },
  ],
  customers: CUSTOMERS,
  deals: DEALS,
  contactLogs: CONTACT_LOGS,
};

/** 2026-06-30 12:00 in Shanghai: the fixture's today. */
const FIXTURE_NOW = new Date('2026-06-30T04:00:00Z');

/**
 * Renders the whole app on the analytics page over the small book, with the metrics computed by
 * `createRunner` (the in-thread engine by default: jsdom has no Web Worker), in `language`.
 */
export async function renderAnalytics(createRunner: AnalyticsRunnerFactory = createInThreadRunner, language: Language = 'zh-CN'): Promise<void> {
  const world = testWorld({ settings: { language } });
  await seed(world, 'main', ANALYTICS_BOOK);
  window.location.hash = '#/analytics';
  render(
    <AnalyticsRunnerContext.Provider value={createRunner}>
      <App services={{ ...world.services, now: () => FIXTURE_NOW }} />
    </AnalyticsRunnerContext.Provider>,
  );
  await screen.findByRole('navigation');
}
