import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_BACKENDS } from './support/backends';
import { callHub } from './support/hubHttp';
import type { TestLaptop } from './support/laptop';
import { customerRecord } from './support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

const status = (laptop: TestLaptop, token = laptop.token) => callHub(laptop.url, '/v1/status', { body: { schemaVersion: 1, deviceId: laptop.deviceId }, token });

// Pairing codes, device and office tokens, revocation, schema version.
describe.each(HUB_BACKENDS)('hub access on $name', (backend) => {
  const hub = hubForSuite(backend, { pairingCodeTtlMs: 60_000 });
  let laptop: TestLaptop;
  beforeAll(async () => {
    laptop = await hub().office.brokerLaptop('zhao');
  }, HUB_HOOK_TIMEOUT_MS);

  it('stores no secret: the token works, a wrong or malformed one is refused', async () => {
    expect((await status(laptop)).status).toBe(200);
    const [kind, id] = laptop.token.split('.');
    for (const token of [`${kind}.${id}.${'A'.repeat(43)}`, `${kind}.someone.${laptop.token.split('.')[2]}`, 'garbage', hub().office.token]) {
      const reply = await status(laptop, token);
      expect(reply.status).toBe(401);
      expect(reply.body.error.code).toBe('unauthorized');
    }
    expect((await callHub(laptop.url, '/v1/status', { body: { schemaVersion: 1, deviceId: laptop.deviceId } })).body.error.message).toBe(
      'missing "Authorization: Bearer <device token>" header',
    );
  });

  it('keeps the admin API for the office token', async () => {
    const reply = await callHub(hub().url, '/v1/admin/devices', { token: laptop.token });
    expect(reply.status).toBe(401);
    const devices = await hub().office.admin('/devices');
    expect(devices.status).toBe(200);
    expect(devices.body.devices).toContainEqual(expect.objectContaining({ id: 'zhao-laptop', account: { role: 'broker', brokerId: 'zhao' }, nextSeq: 1, revokedAtMs: null }));
  });

  it('uses a pairing code once: a replay is refused and pairs nothing', async () => {
    const code = await hub().office.pairingCode({ role: 'broker', brokerId: 'zhao' });
    expect((await hub().office.pair(code.toLowerCase().replace('-', ' '), 'zhao-tablet')).status).toBe(201);
    const replay = await hub().office.pair(code, 'thief');
    expect(replay.status).toBe(401);
    expect(replay.body.error).toMatchObject({ code: 'unauthorized', message: 'pairing code already used: ask the office for a new one', path: 'code' });
    const ids = (await hub().office.admin('/devices')).body.devices.map((d: { id: string }) => d.id);
    expect(ids).toContain('zhao-tablet');
    expect(ids).not.toContain('thief');
  });

  it('refuses an expired or unknown code', async () => {
    const code = await hub().office.pairingCode({ role: 'office' });
    hub().clock.advance(61_000);
    expect((await hub().office.pair(code, 'late')).body.error.message).toBe('pairing code expired: ask the office for a new one');
    expect((await hub().office.pair('ZZZZ-ZZZZ', 'guess')).body.error.message).toBe('pairing code not recognised: check it, or ask the office for a new one');
  });

  it('refuses codes for a broker that does not exist', async () => {
    const reply = await hub().office.admin('/pairing-codes', { role: 'broker', brokerId: 'nobody' });
    expect(reply.status).toBe(404);
    expect(reply.body.error.path).toBe('brokerId');
  });

  it('revocation stops a device at once; it pairs again only with a new code, keeping its numbering', async () => {
    const device = await hub().office.brokerLaptop('qian');
    device.create('customers', customerRecord('qian'));
    expect((await device.push()).status).toBe(200);

    const code = await hub().office.pairingCode({ role: 'broker', brokerId: 'qian' });
    const whileActive = await hub().office.pair(code, device.deviceId);
    expect(whileActive.status).toBe(409);
    expect(whileActive.body.error.code).toBe('device_conflict');

    expect((await hub().office.admin(`/devices/${device.deviceId}/revoke`, {})).body.device.revokedAtMs).toBe(hub().clock.ms);
    device.create('customers', customerRecord('qian'));
    const refused = await device.push();
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toBe(`device ${device.deviceId} was revoked by the office; pair it again`);

    // The code refused above was not used up.
    const again = await hub().office.pair(code, device.deviceId);
    expect(again.status).toBe(201);
    expect(again.body.nextSeq).toBe(2);
    expect((await status(device)).status).toBe(401);
  });

  it('says which schema version the hub speaks, and refuses another', async () => {
    const reply = await laptop.request('/v1/pull', { schemaVersion: 99, deviceId: laptop.deviceId, hub: laptop.hub, cursor: 0 });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ code: 'schema_mismatch', path: 'schemaVersion' });
    expect((await callHub(hub().url, '/v1/health')).body).toEqual({ ok: true, hub: laptop.hub, schemaVersion: 1 });
  });
});

describe.each(HUB_BACKENDS)('hub rate limit on $name', (backend) => {
  const hub = hubForSuite(backend, { rateLimit: { perSecond: 1, burst: 3 } });

  it('answers 429 past the burst, per device, until tokens refill', async () => {
    // The office's own calls draw from the office bucket: pair with room to spare.
    await hub().office.createBroker('sun');
    hub().clock.advance(10_000);
    const laptop = await hub().office.pairLaptop('sun-laptop', { role: 'broker', brokerId: 'sun' });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await status(laptop)).status);
    expect(codes).toEqual([200, 200, 200, 429]);
    hub().clock.advance(1_000);
    expect((await status(laptop)).status).toBe(200);
    expect((await status(laptop)).status).toBe(429);
  });
});
