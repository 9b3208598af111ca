import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../appOrigin';

/**
 * The file an app:// URL names inside `rootDir`, or `null` when the URL is not ours or would leave
 * the root: `..` segments (plain or percent-encoded), encoded separators, backslashes, NUL bytes,
 * drive letters and absolute paths all resolve to `null`. `/` serves `index.html`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;

  const root = resolve(rootDir);
  const target = resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return target;
}
