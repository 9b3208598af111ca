import type { HubFetch } from '../sync/httpHubTransport';

// Node 20, Electron and every browser have AbortSignal.timeout; shared/ is compiled without DOM or Node types.
declare const AbortSignal: { timeout(milliseconds: number): unknown };

/** How long to wait for the hub before treating a request as dropped (the engine then retries). */
export const HUB_TIMEOUT_MS = 30_000;

/**
 * A platform `fetch` as far as the hub transport uses it, with the abort signal. The signal is typed
 * `never` because shared/ has no AbortSignal type: every platform's fetch accepts its own signal.
 */
export type SignalledFetch = (
  url: string,
  init: Parameters<HubFetch>[1] & { signal: never },
) => ReturnType<HubFetch>;

/**
 * The platform's `fetch` (main's global one, or the browser's) giving up after `timeoutMs`: a hub
 * that stops answering then rejects like a dropped connection, which the transport reports as
 * `HubUnreachableError`.
 */
export function timedHubFetch(fetchImpl: SignalledFetch, timeoutMs = HUB_TIMEOUT_MS): HubFetch {
  return (url, init) => fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) as never });
}
