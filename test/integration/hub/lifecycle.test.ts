import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_BACKENDS } from './support/backends';
import type { TestLaptop } from './support/laptop';
import { contactRecord, customerRecord } from './support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

const DAY = 86_400_000;

// Hub identity (restore from backup) and tombstone retention (full resync).
describe.each(HUB_BACKENDS)('hub lifecycle on $name', (backend) => {
  describe('identity', () => {
    const hub = hubForSuite(backend);
    let laptop: TestLaptop;
    beforeAll(async () => {
      laptop = await hub().office.brokerLaptop('zhou');
      laptop.create('customers', customerRecord('zhou'));
      expect((await laptop.push()).status).toBe(200);
      await laptop.pullAll();
    }, HUB_HOOK_TIMEOUT_MS);

    it('refuses a cursor ahead of the hub: the hub lost history', async () => {
      const reply = await laptop.pullPage(laptop.cursor + 1);
      expect(reply.status).toBe(409);
      expect(reply.body.error).toMatchObject({ code: 'hub_changed', path: 'cursor', hub: laptop.hub });
    });

    it('after a restore (new epoch) every push and pull says "hub changed", and status tells the new identity', async () => {
      await hub().restart({ restoredFromBackup: true });
      expect(hub().hub.identity).toEqual({ id: laptop.hub.id, epoch: laptop.hub.epoch + 1 });
      laptop.create('customers', customerRecord('zhou'));
      for (const reply of [await laptop.push(), await laptop.pullPage(laptop.cursor)]) {
        expect(reply.status).toBe(409);
        expect(reply.body.error.code).toBe('hub_changed');
        expect(reply.body.error.message).toMatch(/^hub changed: /);
        expect(reply.body.error.hub).toEqual(hub().hub.identity);
      }
      expect(laptop.outbox).toHaveLength(1);
      const status = await laptop.request('/v1/status', { schemaVersion: 1, deviceId: laptop.deviceId });
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({ hub: hub().hub.identity, nextSeq: 2, account: { role: 'broker', brokerId: 'zhou' } });
    });

    it('keeps its identity across an ordinary restart', async () => {
      const before = hub().hub.identity;
      await hub().restart();
      expect(hub().hub.identity).toEqual(before);
      expect(hub().hub.officeToken).toBeUndefined();
    });
  });

  describe('tombstone retention', () => {
    const hub = hubForSuite(backend, { maxOfflineDays: 1 });

    it('forgets tombstones after twice the offline period; an older cursor must resync from 0', async () => {
      const office = await hub().office.pairLaptop('office-pc', { role: 'office' });
      const gone = customerRecord('nobody-yet');
      const parent = customerRecord('nobody-yet');
      const kept = customerRecord('nobody-yet');
      office.create('customers', gone);
      office.create('customers', parent);
      office.create('contacts', contactRecord(parent.id));
      office.create('customers', kept);
      expect((await office.push()).status).toBe(200);

      const longAway = await hub().office.pairLaptop('long-away', { role: 'office' });
      await longAway.pullAll();
      office.delete('customers', gone.id);
      office.delete('customers', parent.id);
      expect((await office.push()).status).toBe(200);
      const recent = await hub().office.pairLaptop('recent', { role: 'office' });
      await recent.pullAll();

      hub().clock.advance(2 * DAY + 1);
      await hub().restart();

      const stale = await longAway.pullPage(longAway.cursor);
      expect(stale.status).toBe(410);
      expect(stale.body.error).toMatchObject({ code: 'resync_required', path: 'cursor' });
      expect(stale.body.error.message).toMatch(/^full resync required: /);
      expect((await recent.pullPage(recent.cursor)).status).toBe(200);

      longAway.cursor = 0;
      longAway.replica.clear();
      await longAway.pullAll();
      expect(longAway.record('customers', gone.id)).toBeUndefined();
      // A deleted customer that records still hang off keeps its tombstone: it decides their scope.
      expect(longAway.record('customers', parent.id)!.meta.deleted).toBe(1);
      expect(longAway.record('customers', kept.id)!.meta.deleted).toBe(0);
    });
  });
});
