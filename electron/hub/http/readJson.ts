import type { Context } from 'hono';
import type { z } from 'zod';
import { SYNC_SCHEMA_VERSION } from '../../../shared/sync/schemaVersion';
import { describeZodError } from '../describeZodError';
import { HubError } from '../hubError';

/** The request body parsed as JSON, or a 400 `invalid_json`. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HubError('invalid_json', `the request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Check a parsed value against a protocol schema: a 400 `bad_request` says where it is wrong. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const { path, message } = describeZodError(parsed.error);
    throw new HubError('bad_request', path ? `${path}: ${message}` : message, { path });
  }
  return parsed.data;
}

/**
 * A sync request body: JSON, from a client speaking this hub's schema version (checked before the
 * shape, since another version may well have another shape), in the protocol's shape.
 */
export async function readSyncRequest<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const body = await readJsonBody(c);
  const version = typeof body === 'object' && body !== null ? (body as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version !== SYNC_SCHEMA_VERSION) {
    throw new HubError('schema_mismatch', `schema version mismatch: the client speaks version ${version}, this hub ${SYNC_SCHEMA_VERSION}; update the older one`, {
      path: 'schemaVersion',
    });
  }
  return parseWith(schema, body);
}
