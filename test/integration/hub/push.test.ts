import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../shared/ids/uuidv7';
import { HUB_BACKENDS } from './support/backends';
import { customerRecord, contactLogRecord, dealRecord } from './support/records';
import { hubForSuite } from './support/testHub';

// Push: idempotent by sequence number, gaps refused, impossible mutations acknowledged as rejected.
describe.each(HUB_BACKENDS)('hub push on $name', (backend) => {
  const hub = hubForSuite(backend);

  it('applies a batch once: the same batch again is all duplicates and changes nothing', async () => {
    const laptop = await hub().office.brokerLaptop('dup');
    const customer = customerRecord('dup');
    laptop.create('customers', customer);
    laptop.create('contactLogs', contactLogRecord(customer.id, 'dup'));
    const batch = [...laptop.outbox];

    const first = await laptop.push();
    expect(first.status).toBe(200);
    expect(first.body.outcomes).toEqual([
      { seq: 1, status: 'applied', conflicts: 0 },
      { seq: 2, status: 'applied', conflicts: 0 },
    ]);
    expect(first.body.ackedThrough).toBe(2);
    expect(laptop.outbox).toEqual([]);
    const before = await hub().office.admin('/devices');

    // The reply was "lost": the laptop sends the same batch again.
    const again = await laptop.request('/v1/push', { schemaVersion: 1, deviceId: laptop.deviceId, hub: laptop.hub, mutations: batch });
    expect(again.status).toBe(200);
    expect(again.body.outcomes.map((o: { status: string }) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.body.ackedThrough).toBe(2);

    const changes = await laptop.pullAll();
    expect(changes.filter((c) => c.kind === 'record' && c.table !== 'brokers')).toHaveLength(2);
    expect(await hub().office.admin('/devices')).toEqual(before);
  });

  it('answers a repeated batch as the first time: a refused mutation is refused again with its reason', async () => {
    const laptop = await hub().office.brokerLaptop('again');
    laptop.create('customers', customerRecord('again'));
    laptop.create('customers', customerRecord('someone-else'));
    const batch = [...laptop.outbox];
    const first = await laptop.push();
    expect(first.body.outcomes.map((o: { status: string }) => o.status)).toEqual(['applied', 'rejected']);

    // The laptop crashed before reading that reply: it sends the batch again, with one more.
    const more = laptop.create('customers', customerRecord('again'));
    const again = await laptop.request('/v1/push', { schemaVersion: 1, deviceId: laptop.deviceId, hub: laptop.hub, mutations: [...batch, more] });
    expect(again.body.outcomes).toEqual([
      { seq: 1, status: 'duplicate' },
      { seq: 2, status: 'rejected', reason: first.body.outcomes[1].reason },
      { seq: 3, status: 'applied', conflicts: 0 },
    ]);
  });

  it('applies the new tail of a batch that overlaps what was already applied', async () => {
    const laptop = await hub().office.brokerLaptop('overlap');
    const first = customerRecord('overlap');
    laptop.create('customers', first);
    const sent = [...laptop.outbox];
    expect((await laptop.push()).status).toBe(200);
    const second = customerRecord('overlap');
    laptop.create('customers', second);
    const reply = await laptop.request('/v1/push', { schemaVersion: 1, deviceId: laptop.deviceId, hub: laptop.hub, mutations: [...sent, ...laptop.outbox] });
    expect(reply.body.outcomes).toEqual([
      { seq: 1, status: 'duplicate' },
      { seq: 2, status: 'applied', conflicts: 0 },
    ]);
    await laptop.pullAll();
    expect(laptop.visible('customers').map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('refuses a batch that skips numbers, says which number it expects, and applies nothing', async () => {
    const laptop = await hub().office.brokerLaptop('gap');
    laptop.create('customers', customerRecord('gap'));
    expect((await laptop.push()).status).toBe(200);
    laptop.nextSeq = 5; // mutations 2-4 "lost"
    const skipped = customerRecord('gap');
    laptop.create('customers', skipped);
    const reply = await laptop.push();
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ code: 'seq_gap', expectedSeq: 2, path: 'mutations.0.seq' });
    expect(laptop.outbox).toHaveLength(1);
    await laptop.pullAll();
    expect(laptop.record('customers', skipped.id)).toBeUndefined();
    const status = await laptop.request('/v1/status', { schemaVersion: 1, deviceId: laptop.deviceId });
    expect(status.body.nextSeq).toBe(2);
  });

  it('acknowledges mutations that can never apply as rejected with a reason, and goes on with the rest', async () => {
    const laptop = await hub().office.brokerLaptop('rej');
    const good = customerRecord('rej');
    const stamp = laptop.clock.now();
    const base = { op: 'put' as const, stamps: {}, hlc: stamp, deviceId: laptop.deviceId };
    laptop.queue({ ...base, seq: laptop.nextSeq++, table: 'warehouses' as never, id: uuidv7(), patch: {} });
    laptop.put('customers', uuidv7(), { ...customerRecord('rej'), id: undefined, phones: 'not a list' });
    laptop.put('customers', uuidv7(), { name: 'only a name' });
    laptop.create('customers', customerRecord('someone-else'));
    laptop.put('customers', uuidv7(), { ...customerRecord('rej'), id: undefined, shoeSize: 42 });
    laptop.create('customers', good);
    laptop.delete('contactLogs', uuidv7());

    const reply = await laptop.push();
    expect(reply.status).toBe(200);
    const outcomes = reply.body.outcomes as Array<{ seq: number; status: string; reason?: string }>;
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'applied', 'rejected']);
    expect(outcomes[0]!.reason).toMatch(/^not a valid mutation: table: /);
    expect(outcomes[1]!.reason).toBe('customers.phones: Invalid input: expected array, received string');
    expect(outcomes[2]!.reason).toMatch(/would not be a valid record: type: /);
    expect(outcomes[3]!.reason).toBe('only the office assigns records to another broker (brokerId "someone-else")');
    expect(outcomes[4]!.reason).toMatch(/shoeSize/);
    expect(outcomes[6]!.reason).toBe('append-only records cannot be deleted or restored');
    expect(reply.body.ackedThrough).toBe(7);
    expect(laptop.outbox).toEqual([]);

    await laptop.pullAll();
    expect(laptop.visible('customers').map((c) => c.id)).toEqual([good.id]);
  });

  it("refuses a broker's approval of a price under the floor (报价审批 is the office's), and applies the office's", async () => {
    const laptop = await hub().office.brokerLaptop('cheap');
    const [buyer, seller] = [customerRecord('cheap'), customerRecord('cheap')];
    const deal = { ...dealRecord(buyer.id, seller.id, 'cheap'), status: 'draft' as const, needsApproval: true };
    for (const record of [buyer, seller]) laptop.create('customers', record);
    laptop.create('deals', deal);
    laptop.put('deals', deal.id, { approvedAt: '2026-11-23T10:00:00+08:00' });
    laptop.create('deals', { ...deal, id: uuidv7(), number: `${deal.number}-2`, approvedAt: '2026-11-23T10:00:00+08:00' });
    const reply = await laptop.push();
    expect(reply.body.outcomes.map((o: { status: string }) => o.status)).toEqual(['applied', 'applied', 'applied', 'rejected', 'rejected']);
    expect(reply.body.outcomes[3].reason).toBe('only the office approves a price under the floor (approvedAt)');

    const office = await hub().office.pairLaptop('cheap-office', { role: 'office' });
    await office.pullAll();
    office.edit('deals', deal.id, { approvedAt: '2026-11-23T11:00:00+08:00' });
    expect((await office.push()).body.outcomes[0].status).toBe('applied');
    // Repricing clears the approval: that the broker may do.
    await laptop.pullAll();
    expect(laptop.record('deals', deal.id)!.approvedAt).toBe('2026-11-23T11:00:00+08:00');
    laptop.edit('deals', deal.id, { approvedAt: null });
    expect((await laptop.push()).body.outcomes[0].status).toBe('applied');
  });

  it('rejects a mutation signed by another device and stamps that do not parse', async () => {
    const laptop = await hub().office.brokerLaptop('forge');
    const customer = customerRecord('forge');
    const honest = laptop.create('customers', customer);
    laptop.outbox.pop();
    laptop.queue({ ...honest, deviceId: 'someone-else' });
    laptop.queue({ ...honest, seq: honest.seq + 1, stamps: { ...honest.stamps, name: 'yesterday' } });
    const reply = await laptop.push();
    expect(reply.body.outcomes).toEqual([
      { seq: 1, status: 'rejected', reason: `written by device "someone-else" but pushed by device "${laptop.deviceId}"` },
      { seq: 2, status: 'rejected', reason: 'stamp of "name" is not an HLC stamp: "yesterday"' },
    ]);
  });
});
