import type { ComponentType } from 'react';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { DealsPage } from '../features/deals/DealsPage';
import { DeskPage } from '../features/desk/DeskPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { RequireBook } from './book/RequireBook';
import type { PageId } from './pageIds';

interface PageDefinition {
  component: ComponentType;
  /** Whether the page reads the open book (Settings must work while a book cannot open). */
  needsBook: boolean;
}

const PAGES: Readonly<Record<PageId, PageDefinition>> = {
  desk: { component: DeskPage, needsBook: true },
  customers: { component: CustomersPage, needsBook: true },
  deals: { component: DealsPage, needsBook: true },
  analytics: { component: AnalyticsPage, needsBook: true },
  sync: { component: SyncPage, needsBook: true },
  settings: { component: SettingsPage, needsBook: false },
};

/** Renders the page with this id, guarded by `RequireBook` when it reads the book. */
export function PageView({ page }: { page: PageId }) {
  const { component: Component, needsBook } = PAGES[page];
  return needsBook ? (
    <RequireBook>
      <Component />
    </RequireBook>
  ) : (
    <Component />
  );
}
