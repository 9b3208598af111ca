import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './EmptyState.css';

export interface EmptyStateProps {
  title: string;
  /** What to do next. */
  hint: string;
  icon?: IconName;
  /** An optional button that does the next step. */
  action?: ReactNode;
}

/** Shown where a list or figure has no data yet: says so, and what to do next. */
export function EmptyState({ title, hint, icon = 'inbox', action }: EmptyStateProps) {
  return (
    <div className="sd-empty" data-testid="empty-state">
      <span className="sd-empty__icon">
        <Icon name={icon} size={36} />
      </span>
      <p className="sd-empty__title">{title}</p>
      <p className="sd-empty__hint">{hint}</p>
      {action}
    </div>
  );
}
