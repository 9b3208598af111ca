import type { IconName } from '../ui/Icon';
import type { PageId } from './pageIds';

/** The navigation icon of each page. */
export const PAGE_ICONS: Readonly<Record<PageId, IconName>> = {
  desk: 'desk',
  customers: 'customers',
  deals: 'deals',
  analytics: 'analytics',
  sync: 'sync',
  settings: 'settings',
};
