/**
 * A reply body as tests read it: any JSON. Assertions check its shape, so the type stays loose.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

/** A JSON reply from the hub: the status and the parsed body (the raw text if it is not JSON). */
export interface HttpReply<Body = JsonBody> {
  status: number;
  body: Body;
}

export interface CallOptions {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (malformed JSON, huge bodies). */
  rawBody?: string;
  token?: string;
}

/** One real HTTP request to the hub. */
export async function callHub(url: string, path: string, options: CallOptions = {}): Promise<HttpReply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${url}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Kept as text: the assertion will show what came back.
  }
  return { status: response.status, body: parsed };
}
