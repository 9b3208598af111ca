import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_BACKENDS } from './support/backends';
import type { TestLaptop } from './support/laptop';
import { customerRecord } from './support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

// Clearing a field: `null` in a patch clears an optional field; the hub serves the record without it.
describe.each(HUB_BACKENDS)('hub clearing fields on $name', (backend) => {
  const hub = hubForSuite(backend);
  let broker: TestLaptop;
  let office: TestLaptop;
  beforeAll(async () => {
    broker = await hub().office.brokerLaptop('zhao', 'zhao-laptop', hub().clock.now);
    office = await hub().office.pairLaptop('office-pc', { role: 'office' }, hub().clock.now);
  }, HUB_HOOK_TIMEOUT_MS);

  async function sharedCustomer(): Promise<string> {
    const customer = customerRecord('zhao', { notes: '老客户', city: '宝山' });
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

  it('applies a pushed clear of an optional field; pull serves the record without it', async () => {
    const id = await sharedCustomer();
    hub().clock.advance(1_000);
    const clear = broker.edit('customers', id, { notes: null });
    const reply = await broker.push();
    expect(reply.body.outcomes[0]).toEqual({ seq: clear.seq, status: 'applied', conflicts: 0 });

    await office.pullAll();
    const pulled = office.record('customers', id)!;
    expect(pulled).not.toHaveProperty('notes');
    expect(pulled).toMatchObject({ city: '宝山', name: '华东钢贸有限公司' });
    expect(pulled.meta.stamps.notes).toBe(clear.stamps.notes);
    expect(await conflictsOf(id)).toEqual([]);

    // The field can be set again afterwards.
    hub().clock.advance(1_000);
    office.edit('customers', id, { notes: '重新备注' });
    expect((await office.push()).body.outcomes[0]).toMatchObject({ status: 'applied', conflicts: 0 });
    await broker.pullAll();
    expect(broker.record('customers', id)!.notes).toBe('重新备注');
  });

  it('rejects a null for a required field with a reason naming it, and changes nothing', async () => {
    const id = await sharedCustomer();
    const cursor = office.cursor;
    hub().clock.advance(1_000);
    const clear = broker.edit('customers', id, { name: null, notes: null });
    expect((await broker.push()).body.outcomes[0]).toEqual({
      seq: clear.seq,
      status: 'rejected',
      reason: 'customers.name: a required field cannot be cleared (null)',
    });
    expect(await office.pullAll()).toEqual([]);
    expect(office.cursor).toBe(cursor);
    expect(office.record('customers', id)).toMatchObject({ name: '华东钢贸有限公司', notes: '老客户' });
  });

  it.each([
    ['the clear is newer', 'clear'],
    ['the edit is newer', 'edit'],
  ])('a clear vs a concurrent edit resolves by HLC and logs the loser (%s)', async (_, newer) => {
    for (const clearPushedFirst of [true, false]) {
      const id = await sharedCustomer();
      const write = { clear: () => broker.edit('customers', id, { notes: null }), edit: () => office.edit('customers', id, { notes: '办公室改' }) };
      hub().clock.advance(1_000);
      (newer === 'clear' ? write.edit : write.clear)();
      hub().clock.advance(1_000);
      (newer === 'clear' ? write.clear : write.edit)();
      for (const laptop of clearPushedFirst ? [broker, office] : [office, broker]) expect((await laptop.push()).status).toBe(200);

      await broker.pullAll();
      await office.pullAll();
      for (const laptop of [broker, office]) {
        const record = laptop.record('customers', id)!;
        if (newer === 'clear') expect(record).not.toHaveProperty('notes');
        else expect(record.notes).toBe('办公室改');
      }
      const [kept, lost] = newer === 'clear' ? [null, '办公室改'] : ['办公室改', null];
      expect(await conflictsOf(id)).toEqual([
        expect.objectContaining({
          table: 'customers',
          field: 'notes',
          kind: 'concurrent_write',
          kept: expect.objectContaining({ value: kept }),
          lost: expect.objectContaining({ value: lost }),
        }),
      ]);
    }
  });
});
