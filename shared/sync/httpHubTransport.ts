import type { PairRequest } from './pairing';
import type { HubReply, HubSyncEndpoint, HubTransport } from './hubTransport';

/**
 * The slice of `fetch` the transport needs, injected so the same code runs in Electron's main
 * process, the browser's web bridge and the tests. An implementation should give up after a timeout
 * (e.g. `AbortSignal.timeout`), which then rejects like a dropped connection.
 */
export type HubFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text(): Promise<string> }>;

/** No usable reply came from the hub: offline, refused, dropped, timed out, or not the hub's JSON. */
export class HubUnreachableError extends Error {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`office hub ${url} did not answer: ${detail}`);
    this.name = 'HubUnreachableError';
  }
}

/** `https://hub.example.com/` + `push` → `https://hub.example.com/v1/push`. */
export function hubEndpointUrl(hubUrl: string, endpoint: HubSyncEndpoint | 'pair'): string {
  return `${hubUrl.replace(/\/+$/, '')}/v1/${endpoint}`;
}

async function postJson(fetch: HubFetch, url: string, body: unknown, token?: string): Promise<HubReply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let response: Awaited<ReturnType<HubFetch>>;
  let text: string;
  try {
    response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    text = await response.text();
  } catch (error) {
    throw new HubUnreachableError(url, error instanceof Error ? error.message : String(error));
  }
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    throw new HubUnreachableError(url, `HTTP ${response.status} with a reply that is not JSON (${text.slice(0, 80)})`);
  }
}

/** A transport that POSTs JSON to a paired hub with the device token. */
export function createHttpHubTransport(options: { hubUrl: string; token: string; fetch: HubFetch }): HubTransport {
  return {
    send: (endpoint, body) => postJson(options.fetch, hubEndpointUrl(options.hubUrl, endpoint), body, options.token),
  };
}

/** POST /v1/pair: exchanges a one-time pairing code for a device token (the only call without one). */
export function requestPairing(fetch: HubFetch, hubUrl: string, request: PairRequest): Promise<HubReply> {
  return postJson(fetch, hubEndpointUrl(hubUrl, 'pair'), request);
}
