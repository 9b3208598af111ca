import { useEffect, useState } from 'react';
import type { StoredRecord } from '../../data';
import { createMatchingEngine, type MatchingEngine } from './matchingEngine';
import { toDeskOffer } from './matchingMessages';

export interface MatchingState {
  engine: MatchingEngine;
  /** Bumped each time the worker has indexed the current open offers; undefined until the first index. */
  indexedVersion: number | undefined;
}

/**
 * The desk's matching worker, indexing the open offers each time they change, off the UI thread.
 * Ranking waits for `indexedVersion` so candidates always come from the offers on screen.
 */
export function useMatchingEngine(offers: readonly StoredRecord<'offers'>[] | undefined): MatchingState {
  const [engine] = useState(createMatchingEngine);
  const [indexedVersion, setIndexedVersion] = useState<number>();

  useEffect(() => () => engine.dispose(), [engine]);

  useEffect(() => {
    if (!offers) return;
    let current = true;
    engine.ask({ type: 'index', offers: offers.map(toDeskOffer) }).then(
      () => current && setIndexedVersion((v) => (v ?? 0) + 1),
      // A worker stopped while indexing (the desk was left) has nobody to tell.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [engine, offers]);

  return { engine, indexedVersion };
}
