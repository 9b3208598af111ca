import { useCallback, useSyncExternalStore } from 'react';
import { hashOfPage, pageFromHash } from './hashRoute';
import type { PageId } from './pageIds';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The page in the location hash and a function to go to another page (which updates the hash). */
export function useHashRoute(): { page: PageId; navigate: (page: PageId) => void } {
  const page = pageFromHash(useSyncExternalStore(subscribe, currentHash));
  const navigate = useCallback((next: PageId) => {
    window.location.hash = hashOfPage(next);
  }, []);
  return { page, navigate };
}
