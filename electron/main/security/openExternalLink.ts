import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '../../../shared/ipc/externalLinks';

/** Opens an allow-listed link in the system browser; returns whether it did. */
export type OpenExternalLink = (url: string) => Promise<boolean>;

export function externalLinkOpener(shell: Pick<Shell, 'openExternal'>): OpenExternalLink {
  return async (url) => {
    if (!isAllowedExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  };
}
