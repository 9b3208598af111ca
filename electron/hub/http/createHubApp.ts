import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { SYNC_SCHEMA_VERSION } from '../../../shared/sync/schemaVersion';
import { HubError } from '../hubError';
import { readHead } from '../store/hubHead';
import { adminRoutes } from './adminRoutes';
import type { HubServices } from './hubServices';
import { syncRoutes } from './syncRoutes';

function errorResponse(error: HubError): Response {
  return Response.json(error.toBody(), { status: error.status as ContentfulStatusCode });
}

/**
 * The hub's HTTP API under `/v1`: `GET /health`, the sync protocol (`/pair`, `/status`, `/push`,
 * `/pull`) and the office's `/admin/...`. Every refusal is a JSON error body (shared/sync/syncError.ts).
 */
export function createHubApp(services: HubServices): Hono {
  const app = new Hono();
  if (services.corsOrigins.length > 0) {
    // A browser page on another origin (the web build, the bench) sends a preflight for JSON with a token.
    app.use('/v1/*', cors({ origin: services.corsOrigins.includes('*') ? '*' : [...services.corsOrigins], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type', 'authorization'], maxAge: 600 }));
  }
  app.use(
    '*',
    bodyLimit({
      maxSize: services.bodyLimitBytes,
      onError: () => errorResponse(new HubError('payload_too_large', `request body over ${services.bodyLimitBytes} bytes; send smaller batches`)),
    }),
  );
  app.get('/v1/health', async (c) => c.json({ ok: true, hub: (await readHead(services.db)).identity, schemaVersion: SYNC_SCHEMA_VERSION }));
  app.route('/v1/admin', adminRoutes(services));
  app.route('/v1', syncRoutes(services));
  app.notFound((c) => errorResponse(new HubError('not_found', `no endpoint ${c.req.method} ${c.req.path}`)));
  app.onError((error) => {
    if (error instanceof HubError) return errorResponse(error);
    services.log(`hub: internal error: ${error.stack ?? error.message}`);
    return errorResponse(new HubError('internal', 'internal hub error; the request changed nothing'));
  });
  return app;
}
