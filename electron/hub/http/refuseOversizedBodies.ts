import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HubError } from '../hubError';

/** Past this much discarded body the connection is cut rather than read to the end. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

/**
 * Answer a request whose declared Content-Length is over the limit with a 413 JSON error, after
 * reading and discarding its body: a server that answers and closes while the client is still
 * sending makes most HTTP clients report a broken connection instead of the 413. Bodies without a
 * length (chunked) are limited inside the app as they stream.
 */
export function refuseOversizedBodies(listener: RequestListener, limitBytes: number): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (!(declared > limitBytes)) {
      listener(request, response);
      return;
    }
    const refusal = new HubError('payload_too_large', `request body of ${declared} bytes is over the ${limitBytes}-byte limit; send smaller batches`);
    let discarded = 0;
    request.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > MAX_DISCARD_BYTES) request.destroy();
    });
    request.on('end', () => {
      response.writeHead(refusal.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(refusal.toBody()));
    });
  };
}
