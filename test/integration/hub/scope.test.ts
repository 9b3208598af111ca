import { beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../../shared/model/tables';
import { HUB_BACKENDS } from './support/backends';
import type { TestLaptop } from './support/laptop';
import {
  amendmentRecord,
  contactLogRecord,
  contactRecord,
  customerRecord,
  dealRecord,
  offerRecord,
  quoteRecord,
  ratingRecord,
  requestRecord,
} from './support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

type Key = `${TableName}/${string}`;
const keysOf = (laptop: TestLaptop): Key[] => [...laptop.replica.keys()].filter((k) => !k.startsWith('brokers/')).sort() as Key[];

// Who sees what: a broker their customers (and what hangs off them) plus company offers; the
// office everything. Reassigning a customer moves it and its records.
describe.each(HUB_BACKENDS)('hub scoping on $name', (backend) => {
  const hub = hubForSuite(backend);
  let a: TestLaptop;
  let b: TestLaptop;
  let office: TestLaptop;
  const own = { a: [] as Key[], b: [] as Key[], shared: [] as Key[], offers: [] as Key[] };
  let customerA: string;
  let dealId: string;

  beforeAll(async () => {
    a = await hub().office.brokerLaptop('broker-a');
    b = await hub().office.brokerLaptop('broker-b');
    office = await hub().office.pairLaptop('office-pc', { role: 'office' });

    const cb = customerRecord('broker-b', { name: '乙方钢厂', type: 'seller' });
    const contactB = contactRecord(cb.id);
    const offerB = offerRecord(cb.id);
    b.create('customers', cb);
    b.create('contacts', contactB);
    b.create('offers', offerB);
    expect((await b.push()).body.outcomes.every((o: { status: string }) => o.status === 'applied')).toBe(true);

    const ca = customerRecord('broker-a');
    customerA = ca.id;
    const records: Array<[TableName, { id: string }]> = [
      ['customers', ca],
      ['contacts', contactRecord(ca.id)],
      ['contactLogs', contactLogRecord(ca.id, 'broker-a')],
      ['requests', requestRecord(ca.id, 'broker-a')],
      ['quotes', quoteRecord(ca.id, 'broker-a')],
    ];
    const deal = dealRecord(ca.id, cb.id, 'broker-a');
    dealId = deal.id;
    const dealRecords: Array<[TableName, { id: string }]> = [
      ['deals', deal],
      ['amendments', amendmentRecord(deal.id, 'broker-a')],
      ['ratings', ratingRecord(deal.id, ca.id)],
    ];
    const offerA = offerRecord(ca.id);
    for (const [table, record] of [...records, ...dealRecords, ['offers', offerA] as [TableName, { id: string }]]) a.create(table, record);
    const pushed = await a.push();
    expect(pushed.body.outcomes.filter((o: { status: string }) => o.status !== 'applied')).toEqual([]);

    own.a = records.map(([table, r]) => `${table}/${r.id}` as Key);
    own.b = [`customers/${cb.id}`, `contacts/${contactB.id}`];
    own.shared = dealRecords.map(([table, r]) => `${table}/${r.id}` as Key);
    own.offers = [`offers/${offerA.id}`, `offers/${offerB.id}`];
  }, HUB_HOOK_TIMEOUT_MS);

  it('each broker pulls their own customers, the deals on them, and every offer; the office pulls everything', async () => {
    await a.pullAll();
    await b.pullAll();
    await office.pullAll();
    expect(keysOf(a)).toEqual([...own.a, ...own.shared, ...own.offers].sort());
    expect(keysOf(b)).toEqual([...own.b, ...own.shared, ...own.offers].sort());
    expect(keysOf(office)).toEqual([...own.a, ...own.b, ...own.shared, ...own.offers].sort());
    expect(a.visible('brokers').map((r) => r.id).sort()).toEqual(['broker-a', 'broker-b']);
  });

  it('a crafted pull (cursor 0, a table filter, tiny pages) never returns another broker\'s private records', async () => {
    const seen = new Set<string>();
    for (const [tables, limit] of [
      [['customers', 'contacts', 'contactLogs', 'requests', 'quotes'], 1],
      [undefined, 2],
      [['contacts'], 500],
    ] as const) {
      let cursor = 0;
      for (;;) {
        const page = await b.pullPage(cursor, { limit, ...(tables ? { tables: [...tables] } : {}) });
        expect(page.status).toBe(200);
        for (const change of page.body.changes) seen.add(change.kind === 'record' ? `${change.table}/${change.record.id}` : `${change.table}/${change.id}`);
        cursor = page.body.cursor;
        if (!page.body.hasMore) break;
      }
    }
    for (const key of own.a) expect(seen.has(key)).toBe(false);
    expect(seen.has(own.b[0]!)).toBe(true);
  });

  it('refuses to pull for another device with one\'s own token', async () => {
    const reply = await b.request('/v1/pull', { schemaVersion: 1, deviceId: a.deviceId, hub: b.hub, cursor: 0 });
    expect(reply.status).toBe(403);
    expect(reply.body.error).toMatchObject({ code: 'forbidden', path: 'deviceId' });
  });

  it('rejects a broker\'s writes to another broker\'s customer and records hanging off it', async () => {
    b.put('customers', customerA, { phones: ['110'] });
    b.create('contacts', contactRecord(customerA));
    b.create('customers', customerRecord('broker-a'));
    const reply = await b.push();
    expect(reply.body.outcomes.map((o: { reason?: string }) => o.reason)).toEqual([
      `customer ${customerA} is assigned to another broker`,
      expect.stringMatching(/^contacts .* must hang off one of your customers/),
      'only the office assigns records to another broker (brokerId "broker-a")',
    ]);
    await office.pullAll();
    expect(office.record('customers', customerA)!.phones).toEqual(['13800000000']);
  });

  it('reassigning a customer moves it and everything hanging off it to the new broker', async () => {
    await a.pullAll();
    await b.pullAll();
    await office.pullAll();
    office.edit('customers', customerA, { brokerId: 'broker-b' });
    expect((await office.push()).body.outcomes[0].status).toBe('applied');

    const removed = (await a.pullAll()).filter((c) => c.kind === 'remove').map((c) => `${c.table}/${(c as { id: string }).id}`);
    expect(removed.sort()).toEqual([...own.a, ...own.shared].sort());
    expect(keysOf(a)).toEqual([...own.offers].sort());

    await b.pullAll();
    expect(keysOf(b)).toEqual([...own.a, ...own.b, ...own.shared, ...own.offers].sort());
    expect(b.record('customers', customerA)!.brokerId).toBe('broker-b');

    // The old broker can no longer write to it; the new one can.
    a.put('deals', dealId, { printCount: 1 });
    expect((await a.push()).body.outcomes[0].status).toBe('rejected');
    b.edit('deals', dealId, { printCount: 2 });
    expect((await b.push()).body.outcomes[0].status).toBe('applied');
  });
});
