import type { AnalyticsFilter, AnalyticsResult, DrillTarget } from '../../../../../shared/analytics';
import type { AnalyticsReply, AnalyticsRequest } from './analyticsProtocol';
import type { AnalyticsSource } from './analyticsSource';

/**
 * Where the analytics are computed: a Web Worker in the app, the same engine in the thread in
 * jsdom tests. Requests are answered in the order they are made.
 */
export interface AnalyticsRunner {
  /** Loads the book (and computes the customers' standings) for the requests that follow. */
  load(source: AnalyticsSource, today: string): Promise<void>;
  compute(filter: AnalyticsFilter): Promise<AnalyticsResult>;
  /** The ids of the customers behind a chart mark, in book order. */
  drillDown(filter: AnalyticsFilter, target: DrillTarget): Promise<string[]>;
  /** Stops the runner; pending requests fail. */
  dispose(): void;
}

/** Sends one request and resolves with its reply. */
export type AnalyticsTransport = (request: AnalyticsRequest) => Promise<AnalyticsReply>;

type RequestBody = AnalyticsRequest extends infer R ? (R extends AnalyticsRequest ? Omit<R, 'id'> : never) : never;

/** A runner over a transport: numbers the requests and turns failed replies into errors. */
export function runnerOver(transport: AnalyticsTransport, dispose: () => void): AnalyticsRunner {
  let nextId = 1;
  const send = async <T>(body: RequestBody): Promise<T> => {
    const reply = await transport({ ...body, id: nextId++ } as AnalyticsRequest);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
  return {
    load: (source, today) => send<void>({ kind: 'load', source, today }),
    compute: (filter) => send<AnalyticsResult>({ kind: 'compute', filter }),
    drillDown: (filter, target) => send<string[]>({ kind: 'drillDown', filter, target }),
    dispose,
  };
}
