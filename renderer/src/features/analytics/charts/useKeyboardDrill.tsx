import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useActiveTooltipLabel } from 'recharts';

export interface KeyboardDrill {
  /** Put inside the recharts chart: follows the mark the keyboard is on. */
  tracker: ReactNode;
  /** Put on an element around the chart: Enter drills into that mark. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * Drill-down from the keyboard: recharts' accessibility layer lets the arrow keys walk the marks of
 * a focused chart (its tooltip follows); Enter then does what a click on that mark does.
 * `categories` are the chart's category values in data order (the x values of a column chart, the
 * y values of a bar chart); `drillAt` gets the position of the mark the keyboard is on.
 */
export function useKeyboardDrill(categories: readonly string[], drillAt: (index: number) => void): KeyboardDrill {
  const active = useRef<string | null>(null);
  const follow = useCallback((label: string | null) => {
    active.current = label;
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = active.current === null ? -1 : categories.indexOf(active.current);
    if (event.key !== 'Enter' || index === -1) return;
    event.preventDefault();
    drillAt(index);
  };
  return { tracker: <ActiveMarkTracker onChange={follow} />, onKeyDown };
}

function ActiveMarkTracker({ onChange }: { onChange: (label: string | null) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => onChange(label === undefined || label === null ? null : String(label)), [label, onChange]);
  return null;
}
