import { beforeAll, describe, expect, it } from 'vitest';
import { parseHlc } from '../../../shared/sync/hlc';
import { DELETED_FIELD } from '../../../shared/sync/mutation';
import { HUB_BACKENDS } from './support/backends';
import type { TestLaptop } from './support/laptop';
import { contactLogRecord, customerRecord } from './support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

const HOUR = 3_600_000;
const WINDOW = 5 * 60_000;

// Merge at the hub: per field by clamped HLC, every losing value in the conflict log, tombstones.
describe.each(HUB_BACKENDS)('hub merge on $name', (backend) => {
  const hub = hubForSuite(backend, { clockWindowMs: WINDOW });
  let broker: TestLaptop;
  let office: TestLaptop;
  beforeAll(async () => {
    // Laptop clocks follow the hub's test clock, so tests order writes by moving it.
    broker = await hub().office.brokerLaptop('li', 'li-laptop', hub().clock.now);
    office = await hub().office.pairLaptop('office-pc', { role: 'office' }, hub().clock.now);
  }, HUB_HOOK_TIMEOUT_MS);

  async function sharedCustomer(): Promise<string> {
    const customer = customerRecord('li', { name: '原名', region: '上海' });
    broker.create('customers', customer);
    expect((await broker.push()).status).toBe(200);
    await broker.pullAll();
    await office.pullAll();
    return customer.id;
  }

  async function conflictsOf(recordId: string) {
    const reply = await hub().office.admin('/conflicts?limit=1000');
    return (reply.body.conflicts as Array<Record<string, unknown>>).filter((c) => c.recordId === recordId);
  }

  it.each([
    ['the broker pushes first', true],
    ['the office pushes first', false],
  ])('merges concurrent edits field by field and logs the losing value (%s)', async (_, brokerFirst) => {
    const id = await sharedCustomer();
    hub().clock.advance(1_000);
    broker.edit('customers', id, { name: '业务员改名' });
    hub().clock.advance(1_000);
    office.edit('customers', id, { name: '办公室改名', region: '杭州' });
    const pushes = brokerFirst ? [broker, office] : [office, broker];
    const first = await pushes[0]!.push();
    const second = await pushes[1]!.push();
    expect(first.body.outcomes[0]).toEqual({ seq: expect.any(Number), status: 'applied', conflicts: 0 });
    expect(second.body.outcomes[0]).toEqual({ seq: expect.any(Number), status: 'applied', conflicts: 1 });

    await broker.pullAll();
    await office.pullAll();
    for (const laptop of [broker, office]) expect(laptop.record('customers', id)).toMatchObject({ name: '办公室改名', region: '杭州' });
    const conflicts = await conflictsOf(id);
    expect(conflicts).toEqual([
      expect.objectContaining({
        table: 'customers',
        field: 'name',
        kind: 'concurrent_write',
        kept: expect.objectContaining({ value: '办公室改名' }),
        lost: expect.objectContaining({ value: '业务员改名' }),
        lostDeviceId: 'li-laptop',
      }),
    ]);
  });

  it('logs nothing when an edit replaces the value its writer had pulled', async () => {
    const id = await sharedCustomer();
    hub().clock.advance(1_000);
    office.edit('customers', id, { name: '正式名称' });
    expect((await office.push()).body.outcomes[0].conflicts).toBe(0);
    expect(await conflictsOf(id)).toEqual([]);
  });

  it('clamps a stamp from a clock hours ahead to the window, so a later real edit still wins', async () => {
    const id = await sharedCustomer();
    const skewed = await hub().office.pairLaptop('fast-clock', { role: 'office' }, () => hub().clock.ms + 3 * HOUR);
    await skewed.pullAll();
    skewed.edit('customers', id, { region: '快钟' });
    const pushedAt = hub().clock.ms;
    expect((await skewed.push()).status).toBe(200);
    await office.pullAll();
    const clamped = parseHlc(office.record('customers', id)!.meta.stamps.region!);
    expect(clamped).toMatchObject({ ms: pushedAt + WINDOW, deviceId: 'fast-clock' });

    hub().clock.advance(WINDOW + 60_000);
    office.edit('customers', id, { region: '准钟' });
    expect((await office.push()).status).toBe(200);
    await broker.pullAll();
    expect(broker.record('customers', id)!.region).toBe('准钟');
  });

  it('orders two fast clocks clamped to the same hub millisecond by what each had seen, not by device id', async () => {
    const id = await sharedCustomer();
    // Both clocks are hours ahead and the hub's clock does not move: both clamp to the same ms.
    // The second device's id sorts first, so without care its later, informed edit would lose.
    const first = await hub().office.pairLaptop('zz-fast', { role: 'office' }, () => hub().clock.ms + 2 * HOUR);
    const second = await hub().office.pairLaptop('aa-fast', { role: 'office' }, () => hub().clock.ms + 3 * HOUR);
    await first.pullAll();
    first.edit('customers', id, { name: '先写' });
    expect((await first.push()).status).toBe(200);
    await second.pullAll();
    expect(second.record('customers', id)!.name).toBe('先写');
    second.edit('customers', id, { name: '后写' });
    expect((await second.push()).body.outcomes[0]).toMatchObject({ status: 'applied', conflicts: 0 });

    await office.pullAll();
    expect(office.record('customers', id)!.name).toBe('后写');
    expect(parseHlc(office.record('customers', id)!.meta.stamps.name!)).toMatchObject({ ms: hub().clock.ms + WINDOW, deviceId: 'aa-fast' });
    expect(await conflictsOf(id)).toEqual([]);
  });

  it.each([
    ['the delete arrives first', true],
    ['the update arrives first', false],
  ])('delete vs a later update: the tombstone stays, the update is kept in it and logged (%s)', async (_, deleteFirst) => {
    const id = await sharedCustomer();
    hub().clock.advance(1_000);
    broker.delete('customers', id);
    hub().clock.advance(1_000);
    office.edit('customers', id, { phones: ['18800000000'] });
    for (const laptop of deleteFirst ? [broker, office] : [office, broker]) expect((await laptop.push()).status).toBe(200);

    await broker.pullAll();
    await office.pullAll();
    for (const laptop of [broker, office]) {
      expect(laptop.record('customers', id)).toMatchObject({ phones: ['18800000000'], meta: { deleted: 1 } });
    }
    expect(await conflictsOf(id)).toEqual([
      expect.objectContaining({ field: 'phones', kind: 'update_on_deleted', kept: expect.objectContaining({ value: 1 }), lost: expect.objectContaining({ value: ['18800000000'] }) }),
    ]);

    // The office restores it: the merged fields come back.
    hub().clock.advance(1_000);
    office.put('customers', id, { [DELETED_FIELD]: 0 });
    expect((await office.push()).body.outcomes[0].status).toBe('applied');
    await broker.pullAll();
    expect(broker.record('customers', id)).toMatchObject({ phones: ['18800000000'], meta: { deleted: 0 } });
  });

  it('an update older than the delete stays hidden without a conflict: the delete was the later intent', async () => {
    const id = await sharedCustomer();
    hub().clock.advance(1_000);
    office.edit('customers', id, { notes: '先改' });
    hub().clock.advance(1_000);
    broker.delete('customers', id);
    expect((await broker.push()).status).toBe(200);
    expect((await office.push()).status).toBe(200);
    await office.pullAll();
    expect(office.record('customers', id)!.meta.deleted).toBe(1);
    expect(await conflictsOf(id)).toEqual([]);
  });

  it('writes append-only records once: the same record again changes nothing, another under its id is rejected', async () => {
    const id = await sharedCustomer();
    const log = contactLogRecord(id, 'li');
    broker.create('contactLogs', log);
    expect((await broker.push()).body.outcomes[0].status).toBe('applied');
    await office.pullAll();
    const version = office.cursor;

    broker.create('contactLogs', log);
    office.create('contactLogs', { ...log, summary: '改写记录' });
    expect((await broker.push()).body.outcomes[0]).toMatchObject({ status: 'applied', conflicts: 0 });
    expect((await office.push()).body.outcomes[0]).toEqual({
      seq: expect.any(Number),
      status: 'rejected',
      reason: 'append-only record already exists with another "summary"',
    });
    await office.pullAll();
    expect(office.cursor).toBe(version);
    expect(office.record('contactLogs', log.id)!.summary).toBe(log.summary);
  });
});
