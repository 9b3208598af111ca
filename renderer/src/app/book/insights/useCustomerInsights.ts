import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { CustomerInsight } from '../../../../../shared/customers';
import { useServices } from '../../ServicesContext';
import { useToday } from '../../useToday';
import { useBook } from '../BookContext';
import { loadCustomerBook } from './loadCustomerBook';

/**
 * Customer id → stage, stage history, lifecycle phase (with its reason), grade and next-grade gap
 * of every live customer of the open book, as of today (market date). Recomputed off the UI thread
 * (the services' `insightRunner`) whenever customers, deals, contact logs, requests, offers or
 * ratings change; while a recomputation runs, the previous answer stays. `undefined` until the
 * first one. Only inside `RequireBook`.
 *
 * Each caller computes on its own: call it once per page and pass the map down.
 */
export function useCustomerInsights(): ReadonlyMap<string, CustomerInsight> | undefined {
  const book = useBook();
  const { insightRunner, now } = useServices();
  const today = useToday(now).date;
  const customerBook = useLiveQuery(() => loadCustomerBook(book), [book]);
  const [insights, setInsights] = useState<ReadonlyMap<string, CustomerInsight>>();

  useEffect(() => {
    if (!customerBook) return;
    let wanted = true;
    insightRunner.compute(customerBook, today).then(
      (list) => wanted && setInsights(new Map(list.map((insight) => [insight.customerId, insight]))),
      (error: unknown) => console.error('customer insights', error),
    );
    return () => {
      wanted = false;
    };
  }, [customerBook, today, insightRunner]);

  return insights;
}
