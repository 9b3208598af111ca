import { useId, type ReactNode } from 'react';
import { Badge } from './Badge';
import './Panel.css';

export interface PanelProps {
  title: string;
  /** A count shown beside the title (e.g. how many rows the list has). */
  count?: number;
  /** Test id of the panel; its count gets `<testId>-count`. */
  testId?: string;
  children: ReactNode;
}

/** A titled region of a page (a landmark named by its heading) whose body fills the space left. */
export function Panel({ title, count, testId, children }: PanelProps) {
  const headingId = useId();
  return (
    <section className="sd-panel" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className="sd-panel__title">
        {title}
        {count !== undefined && (
          <span data-testid={testId && `${testId}-count`}>
            <Badge tone="info">{count}</Badge>
          </span>
        )}
      </h2>
      <div className="sd-panel__body">{children}</div>
    </section>
  );
}
