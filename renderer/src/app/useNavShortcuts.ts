import { useLayoutEffect } from 'react';
import { PAGE_IDS, type PageId } from './pageIds';

/** The page a key press asks for: Ctrl+1..6 (Cmd on macOS) in navigation order, else undefined. */
export function pageForShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): PageId | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  const index = Number(event.key) - 1;
  return Number.isInteger(index) ? PAGE_IDS[index] : undefined;
}

/**
 * Switches pages with Ctrl/Cmd+1..6 anywhere in the window. The listener is attached in the same
 * commit that shows the navigation (layout effect), so a key pressed as soon as it appears is not lost.
 */
export function useNavShortcuts(navigate: (page: PageId) => void): void {
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const page = pageForShortcut(event);
      if (!page) return;
      event.preventDefault();
      navigate(page);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}

/** How the shortcut of the page at `index` reads on this platform, e.g. `Ctrl+1` or `⌘1`. */
export function shortcutLabel(index: number, platform: string = navigator.platform): string {
  return /mac/i.test(platform) ? `⌘${index + 1}` : `Ctrl+${index + 1}`;
}
