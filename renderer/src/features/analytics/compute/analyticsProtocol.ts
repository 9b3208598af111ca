import type { AnalyticsFilter, DrillTarget } from '../../../../../shared/analytics';
import type { AnalyticsSource } from './analyticsSource';

/** A request to the analytics engine (in the worker or in the thread), numbered by the caller. */
export type AnalyticsRequest =
  | { id: number; kind: 'load'; source: AnalyticsSource; today: string }
  | { id: number; kind: 'compute'; filter: AnalyticsFilter }
  | { id: number; kind: 'drillDown'; filter: AnalyticsFilter; target: DrillTarget };

/** The answer to request `id`: its value, or the error message (errors do not cross a worker boundary as objects). */
export type AnalyticsReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
