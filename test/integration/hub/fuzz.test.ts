import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SyncErrorBodySchema } from '../../../shared/sync/syncError';
import { HUB_BACKENDS } from './support/backends';
import { callHub, type HttpReply } from './support/hubHttp';
import type { TestLaptop } from './support/laptop';
import { customerRecord } from './support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

type Json = unknown;

// Malformed, mistyped, unauthorised and oversized requests get a 4xx JSON error and change nothing.
describe.each(HUB_BACKENDS)('hub API fuzz on $name', (backend) => {
  const hub = hubForSuite(backend, { bodyLimitBytes: 256 * 1024 });
  let broker: TestLaptop;
  let office: TestLaptop;
  beforeAll(async () => {
    broker = await hub().office.brokerLaptop('fuzz');
    office = await hub().office.pairLaptop('fuzz-office', { role: 'office' });
    broker.create('customers', customerRecord('fuzz'));
    expect((await broker.push()).status).toBe(200);
  }, HUB_HOOK_TIMEOUT_MS);

  /** Everything a request could change, as the office and the laptops can observe it. */
  async function observableState(): Promise<Json> {
    const everything = await office.pullPage(0, { limit: 5000 });
    const devices = (await hub().office.admin('/devices')).body.devices.map(({ lastSeenAtMs: _seen, ...device }: { lastSeenAtMs: number }) => device);
    const conflicts = (await hub().office.admin('/conflicts')).body.conflicts;
    return { changes: everything.body.changes, cursor: everything.body.cursor, devices, conflicts };
  }

  /** A valid request per endpoint; `optional` fields may be left out without making it invalid. */
  function validBodies(): Array<{ path: string; token?: string; body: Record<string, Json>; optional?: string[] }> {
    const seen = { schemaVersion: 1, deviceId: broker.deviceId, hub: broker.hub };
    const stamp = broker.clock.now();
    return [
      { path: '/v1/push', token: broker.token, body: { ...seen, mutations: [{ seq: broker.nextSeq, table: 'customers', id: 'x', op: 'put', patch: {}, stamps: {}, hlc: stamp, deviceId: broker.deviceId }] } },
      { path: '/v1/pull', token: broker.token, body: { ...seen, cursor: 0, limit: 10 }, optional: ['limit'] },
      { path: '/v1/status', token: broker.token, body: { schemaVersion: 1, deviceId: broker.deviceId } },
      { path: '/v1/pair', body: { schemaVersion: 1, code: 'ABCD-EFGH', deviceId: 'new-laptop', deviceName: '新电脑' } },
      { path: '/v1/admin/brokers', token: hub().office.token, body: { id: 'new-broker', name: '新业务员', prefix: 'XY' }, optional: ['id'] },
      { path: '/v1/admin/pairing-codes', token: hub().office.token, body: { role: 'broker', brokerId: 'fuzz' } },
    ];
  }

  // A value of a type no field of these requests accepts where it is put.
  const wrongValue = fc.oneof(fc.boolean(), fc.constant(null), fc.array(fc.boolean(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.boolean(), { maxKeys: 3 }));

  /** A valid body with one field given a wrong type, an unknown field added, or a required field left out. */
  const corrupted = (body: Record<string, Json>, optional: readonly string[] = []) =>
    fc.oneof(
      fc.record({ key: fc.constantFrom(...Object.keys(body)), value: wrongValue }).map(({ key, value }) => ({ ...body, [key]: value })),
      fc.record({ key: fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(k in body)), value: fc.jsonValue() }).map(({ key, value }) => ({ ...body, [key]: value })),
      fc
        .constantFrom(...Object.keys(body).filter((key) => !optional.includes(key)))
        .map((key) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key))),
    );

  async function expectRefusedWithoutChange(send: () => Promise<HttpReply>): Promise<HttpReply> {
    const reply = await send();
    expect(reply.status, JSON.stringify(reply.body)).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(SyncErrorBodySchema.safeParse(reply.body).success, JSON.stringify(reply.body)).toBe(true);
    return reply;
  }

  it('answers mistyped, incomplete or over-complete bodies with a 4xx that names the field', async () => {
    const before = await observableState();
    const targets = validBodies();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: targets.length - 1 }).chain((i) => corrupted(targets[i]!.body, targets[i]!.optional).map((body) => ({ target: targets[i]!, body }))),
        async ({ target, body }) => {
          const reply = await expectRefusedWithoutChange(() => callHub(hub().url, target.path, { body, token: target.token }));
          expect(reply.body.error.path, JSON.stringify(reply.body)).toMatch(/.+/);
        },
      ),
      { numRuns: 120 },
    );
    expect(await observableState()).toEqual(before);
  }, 120_000);

  it('answers bodies that are not JSON, or arbitrary JSON, with a 4xx', async () => {
    const before = await observableState();
    const targets = validBodies();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.oneof(fc.string(), fc.json(), fc.string().map((s) => `{${s}`)), async (target, rawBody) => {
        await expectRefusedWithoutChange(() => callHub(hub().url, target.path, { rawBody, token: target.token }));
      }),
      { numRuns: 120 },
    );
    expect(await observableState()).toEqual(before);
  }, 120_000);

  it('answers requests without a valid token with 401, whatever the body', async () => {
    const before = await observableState();
    const targets = validBodies().filter((target) => target.token);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.oneof(fc.constant(undefined), fc.string(), fc.string().map((s) => `sdd.fuzz-laptop.${s}`)), async (target, token) => {
        const reply = await callHub(hub().url, target.path, { body: target.body, token });
        expect(reply.status).toBe(401);
      }),
      { numRuns: 60 },
    );
    expect(await observableState()).toEqual(before);
  }, 120_000);

  it('refuses a body over the limit with 413, even a well-formed push', async () => {
    const before = await observableState();
    await expectRefusedWithoutChange(() => callHub(hub().url, '/v1/push', { rawBody: 'x'.repeat(300 * 1024), token: broker.token }));
    for (let i = 0; i < 900; i++) broker.create('customers', customerRecord('fuzz', { notes: '备注'.repeat(60) }));
    const huge = await broker.push();
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    broker.outbox.length = 0;
    expect(await observableState()).toEqual(before);
  }, 120_000);
});
