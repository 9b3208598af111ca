import type { ReactNode } from 'react';
import './PageHeader.css';

export interface PageHeaderProps {
  title: string;
  subtitle?: string;
  /** Buttons or figures shown at the right end. */
  actions?: ReactNode;
}

/** The heading of a page: its one `h1`, a line of context and optional actions. */
export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  return (
    <header className="sd-page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p>{subtitle}</p>}
      </div>
      {actions && <div className="sd-page-header__actions">{actions}</div>}
    </header>
  );
}
