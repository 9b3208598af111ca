import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acceptHubChange, syncBook, type SyncOptions } from '../../../renderer/src/data';
import { TABLE_NAMES } from '../../../shared/model';
import type { HubTransport } from '../../../shared/sync/hubTransport';
import type { Mutation } from '../../../shared/sync/mutation';
import type { SyncProgress } from '../../../shared/sync/syncReport';
import { HUB_BACKENDS } from '../hub/support/backends';
import { contactRecord, customerRecord } from '../hub/support/records';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from '../hub/support/testHub';
import { FaultyTransport } from './support/faultyTransport';
import { pairedLaptop, type SyncedLaptop } from './support/syncedLaptop';
import { rawView } from '../../unit/renderer/data/testBook';

describe.each(HUB_BACKENDS)('sync engine against a hub on $name', (backend) => {
  const hub = hubForSuite(backend);
  let li: SyncedLaptop;
  let office: SyncedLaptop;
  beforeAll(async () => {
    await hub().office.createBroker('li');
    await hub().office.createBroker('wang');
    li = await pairedLaptop(hub(), { role: 'broker', brokerId: 'li' });
    office = await pairedLaptop(hub(), { role: 'office' });
  }, HUB_HOOK_TIMEOUT_MS);

  it('pushes the outbox, pulls the other side, and an informed edit of another device’s value is no conflict', async () => {
    const customer = await li.book.repository.create('customers', customerRecord('li'));
    const contact = await li.book.repository.create('contacts', contactRecord(customer.id));
    const progress: SyncProgress[] = [];
    const first = await li.sync({ onProgress: (p) => progress.push(p) });
    expect(first).toMatchObject({ outcome: 'ok', pushed: 2, duplicates: 0, conflicts: 0, rejected: [] });
    expect(await li.book.outbox.size()).toBe(0);
    expect(progress.find((p) => p.phase === 'pushing' && p.upDone === 2)).toMatchObject({ upTotal: 2 });
    expect(progress.at(-1)!.phase).toBe('done');
    expect(await li.book.sync.lastReport()).toEqual(first);

    const pulled = await office.sync();
    expect(pulled.outcome).toBe('ok');
    expect(pulled.pulledByTable).toMatchObject({ customers: 1, contacts: 1, brokers: 2 });
    expect((await office.book.read.get('contacts', contact.id))?.name).toBe(contact.name);
    // Pulled records are the hub's, not new local writes.
    expect(await office.book.outbox.size()).toBe(0);

    await office.book.repository.update('customers', customer.id, { name: '华东钢贸（集团）有限公司' });
    expect((await office.sync()).pushed).toBe(1);
    const back = await li.sync();
    expect(back).toMatchObject({ outcome: 'ok', pulled: 1, pulledByTable: { customers: 1 } });
    expect((await li.book.read.get('customers', customer.id))?.name).toBe('华东钢贸（集团）有限公司');
    // li edits the office's value having seen it: `base` names its stamp, so nothing is logged.
    await li.book.repository.update('customers', customer.id, { name: '华东钢贸' });
    expect(await li.sync()).toMatchObject({ outcome: 'ok', pushed: 1, conflicts: 0 });
    const conflicts = await hub().office.admin('/conflicts');
    expect(conflicts.body.conflicts.filter((c: { recordId: string }) => c.recordId === customer.id)).toEqual([]);
  });

  it('reports a rejected mutation with its reason and does not let it block the queue', async () => {
    const notMine = await li.book.repository.create('customers', customerRecord('wang'));
    const mine = await li.book.repository.create('customers', customerRecord('li'));
    const report = await li.sync();
    expect(report.outcome).toBe('ok');
    expect(report.pushed).toBe(1);
    expect(report.rejected).toEqual([{ seq: expect.any(Number), table: 'customers', recordId: notMine.id, reason: expect.stringMatching(/only the office assigns/) }]);
    expect(await li.book.outbox.size()).toBe(0);
    expect((await office.sync()).outcome).toBe('ok');
    expect(await office.book.read.get('customers', mine.id)).toBeDefined();
    expect(await office.book.read.get('customers', notMine.id)).toBeUndefined();
    expect((await li.sync()).rejected).toEqual([]);
  });

  it('resends from the expected number after a seq_gap', async () => {
    for (let i = 0; i < 3; i++) await li.book.repository.create('customers', customerRecord('li'));
    let truncated = false;
    // The first push reaches the hub without its first mutation (a broken proxy): the hub refuses the gap.
    const transport = {
      send: (endpoint: 'status' | 'push' | 'pull', body: unknown) => {
        if (endpoint === 'push' && !truncated) {
          truncated = true;
          const push = body as { mutations: Mutation[] };
          return li.transport.send(endpoint, { ...push, mutations: push.mutations.slice(1) });
        }
        return li.transport.send(endpoint, body);
      },
    };
    const report = await syncThrough(li, transport);
    expect(truncated).toBe(true);
    expect(report).toMatchObject({ outcome: 'ok', pushed: 3, rejected: [] });
    expect(await li.book.outbox.size()).toBe(0);
  });

  it('retries dropped connections and an overloaded hub with exponential backoff, and pushes each change once', async () => {
    const customer = await li.book.repository.create('customers', customerRecord('li'));
    const faults = ['dropBefore', 'overloaded', 'dropAfter', 'duplicate'] as const;
    let sent = 0;
    const transport = new FaultyTransport(li.transport, () => faults[sent++]);
    const waits: number[] = [];
    const report = await syncThrough(li, transport, { wait: async (ms) => void waits.push(ms) });
    expect(report).toMatchObject({ outcome: 'ok', rejected: [] });
    // status: dropped, 503, dropped after the hub answered, then sent twice; then push and pull.
    expect(waits).toEqual([500, 1000, 2000]);
    expect(report.pushed + report.duplicates).toBe(1);
    expect(await li.book.outbox.size()).toBe(0);
    expect(await hubRecordCount(office, customer.id)).toBe(1);
  });

  it('gives up after its attempts with a clear error, keeping the outbox', async () => {
    await li.book.repository.create('customers', customerRecord('li'));
    const transport = new FaultyTransport(li.transport, () => 'dropBefore');
    const report = await syncThrough(li, transport, { maxAttempts: 3 });
    expect(report.outcome).toBe('failed');
    expect(report.error).toMatchObject({ code: 'hub_unreachable', message: expect.stringMatching(/did not complete status after 3 attempts.*connection dropped/) });
    expect(await li.book.outbox.size()).toBe(1);
    expect((await li.sync()).outcome).toBe('ok');
  });

  it('stops between requests when cancelled, keeping what was already done', async () => {
    await li.book.repository.create('customers', customerRecord('li'));
    const cancel = new AbortController();
    const report = await li.sync({ signal: cancel.signal, onProgress: (p) => p.phase === 'pulling' && cancel.abort() });
    expect(report).toMatchObject({ outcome: 'failed', pushed: 1, pulled: 0, error: { code: 'cancelled' } });
    expect(await li.book.outbox.size()).toBe(0);
    expect(await li.book.sync.lastReport()).toEqual(report);
    expect((await li.sync()).outcome).toBe('ok');
  });

  it('reports a revoked device as unauthorized and keeps its outbox', async () => {
    const revoked = await pairedLaptop(hub(), { role: 'office' });
    await revoked.book.repository.create('customers', customerRecord('li'));
    expect((await hub().office.admin(`/devices/${revoked.book.deviceId}/revoke`, {})).status).toBe(200);
    const report = await revoked.sync();
    expect(report).toMatchObject({ outcome: 'failed', error: { code: 'unauthorized', message: expect.stringMatching(/^the office hub refused status: /) } });
    expect(await revoked.book.outbox.size()).toBe(1);
  });

  it('reports a schema mismatch', async () => {
    const transport = { send: (endpoint: 'status' | 'push' | 'pull', body: unknown) => li.transport.send(endpoint, { ...(body as object), schemaVersion: 99 }) };
    const report = await syncThrough(li, transport);
    expect(report.error).toMatchObject({ code: 'schema_mismatch', message: expect.stringMatching(/refused status: schema version mismatch/) });
  });

  it('removes a customer and what hangs off it from the old broker when the office reassigns it', async () => {
    const wang = await pairedLaptop(hub(), { role: 'broker', brokerId: 'wang' });
    const customer = await li.book.repository.create('customers', customerRecord('li'));
    const contact = await li.book.repository.create('contacts', contactRecord(customer.id));
    await li.sync();
    await office.sync();
    await office.book.repository.update('customers', customer.id, { brokerId: 'wang' });
    expect((await office.sync()).pushed).toBe(1);

    expect((await li.sync()).outcome).toBe('ok');
    expect(await rawRecord(li, 'customers', customer.id)).toBeUndefined();
    expect(await rawRecord(li, 'contacts', contact.id)).toBeUndefined();
    await wang.sync();
    expect((await wang.book.read.get('customers', customer.id))?.brokerId).toBe('wang');
    expect(await wang.book.read.get('contacts', contact.id)).toBeDefined();
  });

  it('saves a page and its cursor together: a crash between them keeps neither, and the next sync repeats the page', async () => {
    const newcomer = await pairedLaptop(hub(), { role: 'office' });
    let pages = 0;
    const crashed = await newcomer.sync({
      pullLimit: 3,
      hooks: {
        beforeCursorSaved: () => {
          if (++pages === 2) throw new Error('laptop crashed');
        },
      },
    });
    expect(crashed.outcome).toBe('failed');
    expect(crashed.error?.message).toMatch(/laptop crashed/);
    expect(crashed.pulled).toBe(3);
    const cursorAfterFirstPage = await newcomer.book.sync.cursor();
    expect(cursorAfterFirstPage).toBeGreaterThan(0);
    expect(await localRecordCount(newcomer)).toBe(3);

    await newcomer.reopen();
    const resumed = await newcomer.sync();
    expect(resumed.outcome).toBe('ok');
    const everything = await office.sync();
    expect(everything.outcome).toBe('ok');
    expect(await localRecordCount(newcomer)).toBe(await localRecordCount(office));
  });
});

describe('sync engine when the hub is restored from a backup (PGlite)', () => {
  const hub = hubForSuite(HUB_BACKENDS[0]!);

  it('detects the restored hub, keeps unpushed changes, and after the user accepts re-sends what the hub forgot', async () => {
    await hub().office.createBroker('zhou');
    const zhou = await pairedLaptop(hub(), { role: 'broker', brokerId: 'zhou' });
    const early = await zhou.book.repository.create('customers', customerRecord('zhou'));
    expect((await zhou.sync()).outcome).toBe('ok');

    // The office backs the hub up, then zhou syncs a change the backup does not have.
    const dataDir = hub().storage.options.dataDir!;
    await hub().hub.close();
    cpSync(join(dataDir, 'pgdata'), join(dataDir, 'backup'), { recursive: true });
    await hub().restart();
    const forgotten = await zhou.book.repository.create('customers', customerRecord('zhou'));
    expect(await zhou.sync()).toMatchObject({ outcome: 'ok', pushed: 1 });

    // The hub's disk dies; the office restores the backup and starts the hub with --restored.
    await hub().hub.close();
    rmSync(join(dataDir, 'pgdata'), { recursive: true });
    cpSync(join(dataDir, 'backup'), join(dataDir, 'pgdata'), { recursive: true });
    await hub().restart({ restoredFromBackup: true });

    const unpushed = await zhou.book.repository.create('customers', customerRecord('zhou'));
    const detected = await zhou.sync();
    expect(detected.outcome).toBe('failed');
    expect(detected.error).toMatchObject({ code: 'hub_changed', message: expect.stringMatching(/^hub changed: .*1 unsent change\(s\) are kept/) });
    expect(await zhou.book.outbox.size()).toBe(1);
    expect(await zhou.book.sync.hubChange()).toMatchObject({ current: hub().hub.identity });
    // Until the user decides, every sync stops the same way and sends nothing.
    const counting = new FaultyTransport(zhou.transport, () => undefined);
    expect((await syncThrough(zhou, counting)).error?.code).toBe('hub_changed');
    expect(counting.sent).toEqual([]);

    const accepted = await acceptHubChange(zhou.book, zhou.transport, { wait: async () => undefined });
    expect(accepted).toMatchObject({ outcome: 'ok', rejected: [] });
    expect(await zhou.book.sync.hubChange()).toBeUndefined();
    expect(await zhou.book.outbox.size()).toBe(0);
    const officeView = await pairedLaptop(hub(), { role: 'office' });
    await officeView.sync();
    for (const customer of [early, forgotten, unpushed]) expect((await officeView.book.read.get('customers', customer.id))?.name).toBe(customer.name);
    expect(await localRecordCount(zhou)).toBe(4); // 3 customers + the broker
  }, HUB_HOOK_TIMEOUT_MS);

  it('detects a hub restored without a new epoch: it is behind what the laptop pulled', async () => {
    await hub().office.createBroker('qian');
    const qian = await pairedLaptop(hub(), { role: 'broker', brokerId: 'qian' });
    const dataDir = hub().storage.options.dataDir!;
    await hub().hub.close();
    rmSync(join(dataDir, 'backup'), { recursive: true, force: true });
    cpSync(join(dataDir, 'pgdata'), join(dataDir, 'backup'), { recursive: true });
    await hub().restart();
    await qian.book.repository.create('customers', customerRecord('qian'));
    await qian.book.repository.create('customers', customerRecord('qian'));
    expect((await qian.sync()).outcome).toBe('ok');
    await hub().hub.close();
    rmSync(join(dataDir, 'pgdata'), { recursive: true });
    cpSync(join(dataDir, 'backup'), join(dataDir, 'pgdata'), { recursive: true });
    await hub().restart();
    const report = await qian.sync();
    expect(report.error).toMatchObject({ code: 'hub_changed', message: expect.stringMatching(/lost history/) });
    expect((await acceptHubChange(qian.book, qian.transport, { wait: async () => undefined })).outcome).toBe('ok');
    expect((await hub().office.admin('/conflicts')).status).toBe(200);
    expect(await localRecordCount(qian)).toBe(4); // 2 customers + the brokers zhou and qian
  }, HUB_HOOK_TIMEOUT_MS);
});

/** One sync of the laptop's book through another transport (a faulty or tampering one). */
function syncThrough(laptop: SyncedLaptop, transport: HubTransport, options: SyncOptions = {}) {
  return syncBook(laptop.book, transport, { wait: async () => undefined, ...options });
}

async function rawRecord(laptop: SyncedLaptop, table: 'customers' | 'contacts', id: string) {
  const db = await rawView(laptop.idb);
  try {
    return await db.table(table).get(id);
  } finally {
    db.close();
  }
}

async function localRecordCount(laptop: SyncedLaptop): Promise<number> {
  const db = await rawView(laptop.idb);
  try {
    let total = 0;
    for (const table of TABLE_NAMES) total += await db.table(table).count();
    return total;
  } finally {
    db.close();
  }
}

async function hubRecordCount(viewer: SyncedLaptop, id: string): Promise<number> {
  await viewer.sync();
  return (await viewer.book.read.get('customers', id)) ? 1 : 0;
}

describe('sync engine after a long time offline (PGlite)', () => {
  const hub = hubForSuite(HUB_BACKENDS[0]!, { maxOfflineDays: 1 });

  it('pulls everything again from 0 when the hub forgot tombstones it has not seen, keeping unpushed changes', async () => {
    const away = await pairedLaptop(hub(), { role: 'office' });
    const writer = await pairedLaptop(hub(), { role: 'office' });
    await hub().office.createBroker('sun');
    const [gone, kept] = await writer.book.repository.createMany('customers', [customerRecord('sun'), customerRecord('sun')]);
    await writer.sync();
    expect((await away.sync()).outcome).toBe('ok');
    expect(await away.book.read.get('customers', gone!.id)).toBeDefined();

    await writer.book.repository.remove('customers', gone!.id);
    await writer.sync();
    hub().clock.advance(2 * 86_400_000 + 1);
    await hub().restart();
    const offline = await away.book.repository.update('customers', kept!.id, { notes: '离线时写的' });

    const report = await away.sync();
    expect(report).toMatchObject({ outcome: 'ok', pushed: 1 });
    // Pulled from 0: the broker account created before the last sync comes again.
    expect(report.pulledByTable).toEqual({ brokers: 1, customers: 1 });
    expect(await rawRecord(away, 'customers', gone!.id)).toBeUndefined();
    expect((await away.book.read.get('customers', kept!.id))?.notes).toBe(offline.notes);
    expect(await away.book.sync.cursor()).toBeGreaterThan(0);
  }, HUB_HOOK_TIMEOUT_MS);
});

describe('sync engine against a hub with a small body limit (PGlite)', () => {
  const hub = hubForSuite(HUB_BACKENDS[0]!, { bodyLimitBytes: 64 * 1024 });

  it('halves a push the hub finds too large until it fits', async () => {
    await hub().office.createBroker('zhao');
    const zhao = await pairedLaptop(hub(), { role: 'broker', brokerId: 'zhao' });
    await zhao.book.repository.createMany('customers', Array.from({ length: 200 }, () => customerRecord('zhao', { notes: '备注'.repeat(40) })));
    const sent: number[] = [];
    const transport: HubTransport = {
      send: (endpoint, body) => {
        if (endpoint === 'push') sent.push((body as { mutations: unknown[] }).mutations.length);
        return zhao.transport.send(endpoint, body);
      },
    };
    const report = await syncThrough(zhao, transport);
    expect(report).toMatchObject({ outcome: 'ok', pushed: 200 });
    expect(sent[0]).toBe(200);
    expect(Math.max(...sent.slice(1))).toBeLessThan(200);
    expect(await zhao.book.outbox.size()).toBe(0);
  }, HUB_HOOK_TIMEOUT_MS);
});
