import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyticsFilter, AnalyticsResult, DrillTarget } from '../../../../../shared/analytics';
import { useBook } from '../../../app/book/BookContext';
import { errorMessage } from '../../../ui/errorMessage';
import type { AnalyticsRunner } from './AnalyticsRunner';
import { useAnalyticsRunnerFactory } from './AnalyticsRunnerContext';
import type { AnalyticsSource } from './analyticsSource';
import { readEngineRecords } from '../../../app/book/readEngineRecords';

/** The steps of a computation, in order, for the progress bar. */
export const ANALYTICS_STEPS = ['reading', 'standings', 'metrics'] as const;
export type AnalyticsStep = (typeof ANALYTICS_STEPS)[number];

export type AnalyticsState =
  | { status: 'working'; step: AnalyticsStep; previous: AnalyticsResult | null }
  | { status: 'done'; result: AnalyticsResult }
  | { status: 'failed'; error: string };

export interface Analytics {
  state: AnalyticsState;
  /** The book read from the store (customer names for the lists); `undefined` while reading. */
  source: AnalyticsSource | undefined;
  /** The ids of the customers behind a chart mark, from the same runner. */
  drillDown: (filter: AnalyticsFilter, target: DrillTarget) => Promise<string[]>;
}

interface Loaded {
  source: AnalyticsSource;
  today: string;
}

/**
 * The metrics of the open book under `filter`, computed by the injected runner (a Web Worker in the
 * app): the book is read live from the store and loaded into the runner whenever it changes (the
 * customers' standings are computed then), the metrics whenever the book or the filter changes.
 * What is on screen is derived from what was last loaded and computed for which inputs, so a
 * late answer for inputs no longer current is never shown as current; the last result stays on
 * screen while the next one is computed.
 */
export function useAnalytics(filter: AnalyticsFilter, today: string): Analytics {
  const book = useBook();
  const createRunner = useAnalyticsRunnerFactory();
  const runner = useRef<AnalyticsRunner | null>(null);
  const source = useLiveQuery(() => readEngineRecords(book), [book]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [computed, setComputed] = useState<{ loaded: Loaded; filter: AnalyticsFilter; result: AnalyticsResult } | null>(null);
  const [loadFailure, setLoadFailure] = useState<Loaded & { error: string } | null>(null);
  const [computeFailure, setComputeFailure] = useState<{ loaded: Loaded; filter: AnalyticsFilter; error: string } | null>(null);

  // Declared first, so the runner exists when the effects below run in the same commit.
  useEffect(() => {
    const created = createRunner();
    runner.current = created;
    return () => {
      runner.current = null;
      created.dispose();
    };
  }, [createRunner]);

  useEffect(() => {
    if (!runner.current || !source) return;
    let current = true;
    runner.current.load(source, today).then(
      () => current && setLoaded({ source, today }),
      (error: unknown) => current && setLoadFailure({ source, today, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [createRunner, source, today]);

  useEffect(() => {
    if (!runner.current || !loaded) return;
    let current = true;
    runner.current.compute(filter).then(
      (result) => current && setComputed({ loaded, filter, result }),
      (error: unknown) => current && setComputeFailure({ loaded, filter, error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [loaded, filter]);

  const drillDown = useCallback((drillFilter: AnalyticsFilter, target: DrillTarget) => {
    if (!runner.current) return Promise.reject(new Error('analytics: the page is closed'));
    return runner.current.drillDown(drillFilter, target);
  }, []);

  const isLoaded = loaded !== null && loaded.source === source && loaded.today === today;
  let state: AnalyticsState;
  if (loadFailure && loadFailure.source === source && loadFailure.today === today) state = { status: 'failed', error: loadFailure.error };
  else if (isLoaded && computeFailure && computeFailure.loaded === loaded && computeFailure.filter === filter) state = { status: 'failed', error: computeFailure.error };
  else if (isLoaded && computed && computed.loaded === loaded && computed.filter === filter) state = { status: 'done', result: computed.result };
  else state = { status: 'working', step: !source ? 'reading' : !isLoaded ? 'standings' : 'metrics', previous: computed?.result ?? null };
  return { state, source, drillDown };
}
