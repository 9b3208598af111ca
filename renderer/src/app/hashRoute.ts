import { isPrintHash } from '../../../shared/print/printRoute';
import { DEFAULT_PAGE, isPageId, type PageId } from './pageIds';

/**
 * The page a location hash names: `#/customers` → `customers`. Anything unknown falls back to
 * the desk, so a stale bookmark never shows a blank window.
 */
export function pageFromHash(hash: string): PageId {
  const segment = /^#\/([^/?]*)/.exec(hash)?.[1] ?? '';
  return isPageId(segment) ? segment : DEFAULT_PAGE;
}

/** The hash of a page: `customers` → `#/customers`. */
export function hashOfPage(page: PageId): string {
  return `#/${page}`;
}

/**
 * The hash when it names a printed document (`#/print/...`), shown alone instead of the
 * workstation; undefined for a page of the workstation.
 */
export function printHashOf(hash: string): string | undefined {
  return isPrintHash(hash) ? hash : undefined;
}
