import type { ReactNode } from 'react';
import { PageHeader, type PageHeaderProps } from './PageHeader';
import './Page.css';

export interface PageProps extends PageHeaderProps {
  /** Page test id, e.g. `page-desk`. */
  testId: string;
  children: ReactNode;
}

/** A page of the app: its header, then content that fills the window below it. */
export function Page({ testId, children, ...header }: PageProps) {
  return (
    <div className="sd-page" data-testid={testId}>
      <PageHeader {...header} />
      <div className="sd-page__content">{children}</div>
    </div>
  );
}
