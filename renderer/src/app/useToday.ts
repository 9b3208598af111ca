import { useEffect, useState } from 'react';
import { marketDate, utcOffsetLabel } from '../ui/format/marketTime';

/** How often the top bar rechecks the date, so it turns over at midnight while the app stays open. */
const RECHECK_MS = 60_000;

export interface Today {
  /** Market date, `YYYY-MM-DD`. */
  date: string;
  /** The market zone's offset, e.g. `UTC+08:00`. */
  offset: string;
}

function readToday(now: () => Date): Today {
  const instant = now();
  return { date: marketDate(instant), offset: utcOffsetLabel(instant) };
}

/** Today in the market's time zone, kept current while the app stays open. */
export function useToday(now: () => Date): Today {
  const [today, setToday] = useState(() => readToday(now));
  useEffect(() => {
    const timer = window.setInterval(() => {
      const next = readToday(now);
      setToday((current) => (current.date === next.date && current.offset === next.offset ? current : next));
    }, RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [now]);
  return today;
}
