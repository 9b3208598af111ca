import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { CustomerInsight, GradeCode } from '../../../../../shared/customers';
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
 * Grades move with the engines' hysteresis from the grades this hook last gave (`previousGrades`),
 * so a customer hovering at a boundary does not flap while the page is open; a fresh page starts
 * from the record alone.
 *
 * Each caller computes on its own: call it once per page and pass the map down.
 */
export function useCustomerInsights(): ReadonlyMap<string, CustomerInsight> | undefined {
  const book = useBook();
  const { insightRunner, now } = useServices();
  const today = useToday(now).date;
  const customerBook = useLiveQuery(() => loadCustomerBook(book), [book]);
  const [insights, setInsights] = useState<ReadonlyMap<string, CustomerInsight>>();
  const shownGrades = useRef<Record<string, GradeCode> | undefined>(undefined);

  useEffect(() => {
    if (!customerBook) return;
    let wanted = true;
    const previousGrades = shownGrades.current;
    insightRunner.compute(previousGrades ? { ...customerBook, previousGrades } : customerBook, today).then(
      (list) => {
        if (!wanted) return;
        shownGrades.current = Object.fromEntries(list.map((insight) => [insight.customerId, insight.grade]));
        setInsights(new Map(list.map((insight) => [insight.customerId, insight])));
      },
      (error: unknown) => console.error('customer insights', error),
    );
    return () => {
      wanted = false;
    };
  }, [customerBook, today, insightRunner]);

  return insights;
}
