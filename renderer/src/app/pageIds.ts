/** The app's pages in navigation order; Ctrl/Cmd+1..6 follow this order. */
export const PAGE_IDS = ['desk', 'customers', 'deals', 'analytics', 'sync', 'settings'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const DEFAULT_PAGE: PageId = 'desk';

export function isPageId(value: string): value is PageId {
  return (PAGE_IDS as readonly string[]).includes(value);
}
