// Every runtime this runs in (Chromium, Node, Electron) has URL; shared/ is compiled without DOM or Node types.
declare const URL: new (input: string) => { protocol: string; hostname: string; port: string; username: string; password: string };

/**
 * Sites the workstation may open in the system browser: market price references and maps for
 * warehouse addresses. A domain allows its subdomains too (`index.mysteel.com`).
 */
export const EXTERNAL_LINK_DOMAINS: readonly string[] = ['mysteel.com', 'custeel.com', 'amap.com', 'map.baidu.com'];

/**
 * Whether a link may leave the app: https only, on the default port, without credentials, to an
 * allow-listed domain. Everything else stays closed, in Electron and in the web bridge alike.
 */
export function isAllowedExternalUrl(url: string, domains: readonly string[] = EXTERNAL_LINK_DOMAINS): boolean {
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
