import type { DrillTarget } from '../../../../../shared/analytics';

/** A request to list the customers behind a chart mark, with the words that say which mark. */
export interface Drill {
  title: string;
  target: DrillTarget;
}

export type OnDrill = (drill: Drill) => void;
