import { Hono } from 'hono';
import {
  ConflictListQuerySchema,
  CreateBrokerRequestSchema,
  CreatePairingCodeRequestSchema,
  type ConflictListReplySchema,
  type DeviceListReplySchema,
  type PairingCodeReply,
  type RevokeDeviceReplySchema,
} from '../../../shared/sync/admin';
import type { z } from 'zod';
import { formatPairingCode, hashSecret, newPairingCode } from '../auth/secrets';
import { HubError } from '../hubError';
import { listDevices, revokeDevice, summarizeDevice } from '../store/devices';
import { savePairingCode } from '../store/pairingCodes';
import { loadRecords } from '../store/records';
import { listConflicts } from '../store/reviewLog';
import { createBroker } from '../sync/officeWrites';
import { authenticateOffice } from './authenticate';
import type { HubServices } from './hubServices';
import { parseWith, readJsonBody } from './readJson';

/** The office's API (shapes in shared/sync/admin.ts), behind the office token. */
export function adminRoutes(services: HubServices): Hono {
  const { db, now, limiter } = services;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await authenticateOffice(db, c.req.header('authorization'));
    if (!limiter.take('office')) throw new HubError('rate_limited', 'too many office requests; slow down');
    await next();
  });

  app.post('/brokers', async (c) => {
    const request = parseWith(CreateBrokerRequestSchema, await readJsonBody(c));
    const broker = await createBroker(db, services.hubClock, request, now(), services.clockWindowMs);
    return c.json({ broker }, 201);
  });

  app.post('/pairing-codes', async (c) => {
    const account = parseWith(CreatePairingCodeRequestSchema, await readJsonBody(c));
    if (account.role === 'broker') {
      const [broker] = await loadRecords(db, [{ table: 'brokers', id: account.brokerId }]);
      if (!broker || broker.state.deleted === 1) throw new HubError('not_found', `no broker ${account.brokerId}: create the broker account first`, { path: 'brokerId' });
    }
    const code = newPairingCode();
    const nowMs = now();
    const reply: PairingCodeReply = { code: formatPairingCode(code), expiresAtMs: nowMs + services.pairingCodeTtlMs, account };
    await savePairingCode(db, { hash: hashSecret(code), account, nowMs, expiresAtMs: reply.expiresAtMs });
    return c.json(reply, 201);
  });

  app.get('/devices', async (c) => {
    const reply: z.infer<typeof DeviceListReplySchema> = { devices: (await listDevices(db)).map(summarizeDevice) };
    return c.json(reply);
  });

  app.post('/devices/:id/revoke', async (c) => {
    const device = await revokeDevice(db, c.req.param('id'), now());
    if (!device) throw new HubError('not_found', `no device ${c.req.param('id')}`);
    const reply: z.infer<typeof RevokeDeviceReplySchema> = { device: summarizeDevice(device) };
    return c.json(reply);
  });

  app.get('/conflicts', async (c) => {
    const { after, limit } = parseWith(ConflictListQuerySchema, c.req.query());
    const reply: z.infer<typeof ConflictListReplySchema> = { conflicts: await listConflicts(db, after, limit) };
    return c.json(reply);
  });

  return app;
}
