import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getConnInfo } from '@hono/node-server/conninfo';
import { PairRequestSchema } from '../../../shared/sync/pairing';
import { PullRequestSchema } from '../../../shared/sync/pull';
import { PushRequestSchema } from '../../../shared/sync/push';
import { SYNC_SCHEMA_VERSION } from '../../../shared/sync/schemaVersion';
import { StatusRequestSchema, type StatusReply } from '../../../shared/sync/status';
import { HubError } from '../hubError';
import { saveDeviceProgress, type DeviceRecord } from '../store/devices';
import { readHead } from '../store/hubHead';
import { applyPush } from '../sync/applyPush';
import { pairDevice } from '../sync/pairDevice';
import { pullChanges } from '../sync/pullChanges';
import { authenticateDevice } from './authenticate';
import type { HubServices } from './hubServices';
import { readSyncRequest } from './readJson';

type DeviceEnv = { Variables: { device: DeviceRecord } };

/** The request is about the device that authenticated, or it is refused. */
function expectOwnDevice(device: DeviceRecord, deviceId: string): void {
  if (deviceId !== device.id) throw new HubError('forbidden', `this token belongs to device ${device.id}, not ${deviceId}`, { path: 'deviceId' });
}

/** The laptop-facing protocol: pair, status, push, pull (shapes in shared/sync). */
export function syncRoutes(services: HubServices): Hono<DeviceEnv> {
  const { db, now, limiter } = services;
  const app = new Hono<DeviceEnv>();

  app.post('/pair', async (c) => {
    if (!limiter.take(`pair:${getConnInfo(c).remote.address ?? 'unknown'}`)) throw new HubError('rate_limited', 'too many pairing attempts; wait a minute');
    const request = await readSyncRequest(c, PairRequestSchema);
    return c.json(await pairDevice(db, request, now()), 201);
  });

  const deviceAuth = createMiddleware<DeviceEnv>(async (c, next) => {
    const device = await authenticateDevice(db, c.req.header('authorization'));
    if (!limiter.take(`device:${device.id}`)) throw new HubError('rate_limited', `too many requests from device ${device.id}; slow down`);
    c.set('device', device);
    await next();
  });

  app.post('/status', deviceAuth, async (c) => {
    const device = c.get('device');
    expectOwnDevice(device, (await readSyncRequest(c, StatusRequestSchema)).deviceId);
    const head = await readHead(db);
    await saveDeviceProgress(db, device.id, device.appliedSeq, now());
    const reply: StatusReply = {
      hub: head.identity,
      schemaVersion: SYNC_SCHEMA_VERSION,
      account: device.account,
      nextSeq: device.appliedSeq + 1,
      version: head.version,
      retentionFloor: head.retentionFloor,
      hubTimeMs: now(),
    };
    return c.json(reply);
  });

  app.post('/push', deviceAuth, async (c) => {
    const device = c.get('device');
    const request = await readSyncRequest(c, PushRequestSchema);
    expectOwnDevice(device, request.deviceId);
    const reply = await applyPush(db, { deviceId: device.id, account: device.account }, request, { nowMs: now(), clockWindowMs: services.clockWindowMs });
    return c.json(reply);
  });

  app.post('/pull', deviceAuth, async (c) => {
    const device = c.get('device');
    const request = await readSyncRequest(c, PullRequestSchema);
    expectOwnDevice(device, request.deviceId);
    const viewer = device.account.role === 'broker' ? device.account.brokerId : null;
    // pullChanges serialises the reply itself (from PostgreSQL's JSON text): send it as is.
    return c.body(await pullChanges(db, viewer, request, now()), 200, { 'content-type': 'application/json' });
  });

  return app;
}
