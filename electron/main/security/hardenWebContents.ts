import type { WebContents } from 'electron';
import { isAppUrl } from '../appOrigin';
import type { OpenExternalLink } from './openExternalLink';

type NavigationEvent = { preventDefault(): void; url: string };

/**
 * Applies to every web contents the app creates: no navigation away from the app (an allow-listed
 * link opens in the system browser instead), no new windows, no <webview>.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternalLink): void {
  const stayInApp = (event: NavigationEvent): void => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void openExternal(event.url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
}
