import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '../../../../shared/sync/hlc';
import { mergeWrite, type MergeWrite } from '../../../../shared/sync/merge';
import type { MergeState } from '../../../../shared/sync/mergeState';
import { toRecordMeta } from '../../../../shared/sync/mergeState';
import { DELETED_FIELD } from '../../../../shared/sync/mutation';
import type { ConflictEntry } from '../../../../shared/sync/conflict';

const stamp = (ms: number, deviceId: string, counter = 0) => formatHlc({ ms, counter, deviceId });

function put(deviceId: string, ms: number, patch: Record<string, unknown>, base?: Record<string, string>): MergeWrite {
  const s = stamp(ms, deviceId);
  return { op: 'put', patch, stamps: Object.fromEntries(Object.keys(patch).map((field) => [field, s])), deviceId, base };
}

function del(deviceId: string, ms: number): MergeWrite {
  return { op: 'delete', patch: {}, stamps: { [DELETED_FIELD]: stamp(ms, deviceId) }, deviceId };
}

/** Merge writes in order, collecting every conflict entry. */
function mergeAll(writes: readonly MergeWrite[], mode: 'fields' | 'appendOnly' = 'fields'): { state: MergeState | undefined; conflicts: ConflictEntry[] } {
  let state: MergeState | undefined;
  const conflicts: ConflictEntry[] = [];
  for (const write of writes) {
    const outcome = mergeWrite(mode, state, write);
    if (outcome.kind === 'refused') throw new Error(outcome.reason);
    state = outcome.state;
    conflicts.push(...outcome.conflicts);
  }
  return { state, conflicts };
}

const created = put('a', 1_000, { name: '华东钢贸', phones: ['138'] });
/** What a device that pulled the created record passes as `base`. */
const sawCreated = created.stamps;

describe('field merge: last writer by HLC', () => {
  it('takes the newer stamp per field, whatever the arrival order, and logs the loser', () => {
    const fromA = put('a', 2_000, { name: 'A 改名' });
    const fromB = put('b', 3_000, { name: 'B 改名', phones: ['139'] }, sawCreated);
    for (const order of [
      [created, fromA, fromB],
      [created, fromB, fromA],
    ]) {
      const { state, conflicts } = mergeAll(order);
      expect(state?.fields).toEqual({ name: 'B 改名', phones: ['139'] });
      expect(conflicts.map((c) => [c.field, c.kind, c.lost.value, c.kept.value])).toEqual([['name', 'concurrent_write', 'A 改名', 'B 改名']]);
    }
  });

  it('merges different fields of concurrent writes without a conflict', () => {
    const { state, conflicts } = mergeAll([created, put('a', 2_000, { name: '新名' }), put('b', 2_500, { phones: ['150'] }, sawCreated)]);
    expect(state?.fields).toEqual({ name: '新名', phones: ['150'] });
    expect(conflicts).toEqual([]);
  });

  it('logs nothing when a device overwrites its own value, or one it had seen (base)', () => {
    const own = mergeAll([created, put('a', 2_000, { name: '二改' })]);
    expect(own.conflicts).toEqual([]);
    const informed = mergeAll([created, put('b', 2_000, { name: '办公室改' }, { name: stamp(1_000, 'a') })]);
    expect(informed.conflicts).toEqual([]);
    expect(informed.state?.fields.name).toBe('办公室改');
    const blind = mergeAll([created, put('b', 2_000, { name: '办公室改' })]);
    expect(blind.conflicts).toHaveLength(1);
  });

  it('logs nothing when the losing value equals the winner', () => {
    const { conflicts } = mergeAll([created, put('a', 2_000, { name: 'X' }), put('b', 1_500, { name: 'X' })]);
    expect(conflicts).toEqual([]);
  });

  it('is idempotent: the same write twice changes nothing the second time', () => {
    const write = put('b', 2_000, { name: 'B' });
    const once = mergeAll([created, write]).state!;
    const again = mergeWrite('fields', once, write);
    expect(again).toMatchObject({ kind: 'merged', changed: false, conflicts: [] });
  });

  it('refuses a patched field without a stamp', () => {
    const outcome = mergeWrite('fields', undefined, { op: 'put', patch: { name: 'x' }, stamps: {}, deviceId: 'a' });
    expect(outcome).toEqual({ kind: 'refused', reason: 'field "name" has no stamp' });
  });
});

describe('clearing a field (null)', () => {
  const withNotes = put('a', 1_000, { name: '华东钢贸', notes: '老客户' });

  it('removes the field from the record and keeps its stamp', () => {
    const clear = put('a', 2_000, { notes: null });
    const { state, conflicts } = mergeAll([withNotes, clear]);
    expect(state?.fields).toEqual({ name: '华东钢贸' });
    expect(state?.stamps.notes).toBe(clear.stamps.notes);
    expect(conflicts).toEqual([]);
  });

  it('a clear and a concurrent edit: the newer stamp wins in either arrival order, the loser is logged', () => {
    const clear = put('a', 2_000, { notes: null });
    const edit = put('b', 3_000, { notes: '改过' }, withNotes.stamps);
    for (const order of [
      [withNotes, clear, edit],
      [withNotes, edit, clear],
    ]) {
      const { state, conflicts } = mergeAll(order);
      expect(state?.fields).toEqual({ name: '华东钢贸', notes: '改过' });
      expect(conflicts.map((c) => [c.field, c.lost.value, c.kept.value])).toEqual([['notes', null, '改过']]);
    }
    const laterClear = put('a', 4_000, { notes: null });
    for (const order of [
      [withNotes, edit, laterClear],
      [withNotes, laterClear, edit],
    ]) {
      const { state, conflicts } = mergeAll(order);
      expect(state?.fields).toEqual({ name: '华东钢贸' });
      expect(conflicts.map((c) => [c.field, c.lost.value, c.kept.value])).toEqual([['notes', '改过', null]]);
    }
  });

  it('clearing an already absent field again is not a conflict', () => {
    const { conflicts } = mergeAll([withNotes, put('a', 2_000, { notes: null }), put('b', 3_000, { notes: null })]);
    expect(conflicts).toEqual([]);
  });

  it('an append-only record sent again with null for a field it lacks is the same record', () => {
    const log = put('a', 1_000, { summary: '询价' });
    const outcome = mergeWrite('appendOnly', mergeAll([log], 'appendOnly').state, put('a', 1_000, { summary: '询价', notes: null }));
    expect(outcome).toMatchObject({ kind: 'merged', changed: false });
  });
});

describe('delete versus update', () => {
  it('a delete sets the tombstone with its own stamp; a later field write does not resurrect', () => {
    const { state } = mergeAll([created, del('a', 2_000), put('a', 3_000, { name: '删后改' })]);
    expect(state?.deleted).toBe(1);
    expect(state?.stamps[DELETED_FIELD]).toBe(stamp(2_000, 'a'));
    expect(state?.fields.name).toBe('删后改');
  });

  it('logs an update by another device after the delete, in either arrival order, identically', () => {
    const deleteByA = del('a', 2_000);
    const updateByB = put('b', 3_000, { phones: ['177'] }, sawCreated);
    const first = mergeAll([created, deleteByA, updateByB]);
    const second = mergeAll([created, updateByB, deleteByA]);
    expect(first.state).toEqual(second.state);
    const expected = [{ field: 'phones', kind: 'update_on_deleted', kept: { value: 1, stamp: stamp(2_000, 'a') }, lost: { value: ['177'], stamp: stamp(3_000, 'b') } }];
    expect(first.conflicts).toEqual(expected);
    expect(second.conflicts).toEqual(expected);
  });

  it('does not log an update older than the delete: the delete is the later intent', () => {
    const { state, conflicts } = mergeAll([created, del('a', 3_000), put('b', 2_000, { phones: ['177'] }, sawCreated)]);
    expect(state?.deleted).toBe(1);
    expect(conflicts).toEqual([]);
  });

  it('a restore (meta.deleted 0 with a newer stamp) brings the record back with the merged fields', () => {
    const restore: MergeWrite = { op: 'put', patch: { [DELETED_FIELD]: 0 }, stamps: { [DELETED_FIELD]: stamp(4_000, 'office') }, deviceId: 'office' };
    const { state } = mergeAll([created, del('a', 2_000), put('b', 3_000, { phones: ['177'] }), restore]);
    expect(state).toMatchObject({ deleted: 0, fields: { name: '华东钢贸', phones: ['177'] } });
  });

  it('a delete older than the restore loses', () => {
    const restore: MergeWrite = { op: 'put', patch: { [DELETED_FIELD]: 0 }, stamps: { [DELETED_FIELD]: stamp(4_000, 'office') }, deviceId: 'office' };
    expect(mergeAll([created, restore, del('a', 2_000)]).state?.deleted).toBe(0);
    expect(mergeAll([created, del('a', 2_000), restore]).state?.deleted).toBe(0);
  });
});

describe('append-only', () => {
  const log = put('a', 1_000, { summary: '电话沟通', channel: 'phone' });

  it('inserts once and accepts the identical record again without change', () => {
    const first = mergeWrite('appendOnly', undefined, log);
    expect(first).toMatchObject({ kind: 'merged', changed: true });
    const again = mergeWrite('appendOnly', (first as { state: MergeState }).state, put('a', 5_000, { channel: 'phone', summary: '电话沟通' }));
    expect(again).toMatchObject({ kind: 'merged', changed: false });
  });

  it('refuses a different record under the same id, and any delete', () => {
    const state = (mergeWrite('appendOnly', undefined, log) as { state: MergeState }).state;
    expect(mergeWrite('appendOnly', state, put('b', 2_000, { summary: '改了' }))).toEqual({
      kind: 'refused',
      reason: 'append-only record already exists with another "summary"',
    });
    expect(mergeWrite('appendOnly', state, del('a', 2_000))).toMatchObject({ kind: 'refused' });
  });
});

describe('merge properties', () => {
  const devices = ['a', 'b', 'c', 'd'];
  const fields = ['name', 'region', 'notes'];
  // Blind concurrent edits (no `base`) by several devices; every value is unique so a lost value
  // can be told from a winner. Each device's own writes are in stamp order, as seq order delivers them.
  const writesArb = fc
    .uniqueArray(
      fc.record({ device: fc.constantFrom(...devices), ms: fc.integer({ min: 2_000, max: 9_000 }), isDelete: fc.boolean(), field: fc.constantFrom(...fields) }),
      { minLength: 1, maxLength: 10, selector: (w) => `${w.ms}:${w.device}` },
    )
    .map((ws) =>
      [...ws]
        .sort((x, y) => x.ms - y.ms)
        .map((w) => (w.isDelete ? del(w.device, w.ms) : put(w.device, w.ms, { [w.field]: `${w.device}@${w.ms}` }))),
    );

  /** Another arrival order that keeps each device's writes in its own order. */
  function interleave(writes: readonly MergeWrite[], picks: Iterator<number>): MergeWrite[] {
    const queues = devices.map((d) => writes.filter((w) => w.deviceId === d)).filter((q) => q.length > 0);
    const order: MergeWrite[] = [];
    while (queues.length > 0) {
      const i = picks.next().value! % queues.length;
      order.push(queues[i]!.shift()!);
      if (queues[i]!.length === 0) queues.splice(i, 1);
    }
    return order;
  }

  it('converges: every arrival order of the same writes gives the same record', () => {
    fc.assert(
      fc.property(writesArb, fc.infiniteStream(fc.nat()), (writes, picks) => {
        const inStampOrder = mergeAll([created, ...writes]);
        const shuffled = mergeAll([created, ...interleave(writes, picks[Symbol.iterator]())]);
        expect(shuffled.state).toEqual(inStampOrder.state);
      }),
    );
  });

  it('keeps every overwritten value: a field value that lost, and was not replaced by its own writer, is in the conflict log', () => {
    fc.assert(
      fc.property(writesArb, fc.infiniteStream(fc.nat()), (writes, picks) => {
        const { state, conflicts } = mergeAll([created, ...interleave(writes, picks[Symbol.iterator]())]);
        const logged = new Set(conflicts.filter((c) => c.kind === 'concurrent_write').map((c) => `${c.field}|${c.lost.stamp}`));
        for (const write of writes) {
          for (const field of Object.keys(write.patch)) {
            const s = write.stamps[field]!;
            const won = state!.stamps[field] === s;
            const replacedByOwnWriter = writes.some((w) => w.deviceId === write.deviceId && field in w.patch && w.stamps[field]! > s);
            if (!won && !replacedByOwnWriter) expect(logged.has(`${field}|${s}`)).toBe(true);
          }
        }
      }),
    );
  });

  it('logs every value hidden by a tombstone that was written after it by another device', () => {
    fc.assert(
      fc.property(writesArb, fc.infiniteStream(fc.nat()), (writes, picks) => {
        const { state, conflicts } = mergeAll([created, ...interleave(writes, picks[Symbol.iterator]())]);
        const tombstone = state!.stamps[DELETED_FIELD];
        if (state!.deleted !== 1 || !tombstone) return;
        const logged = new Set(conflicts.filter((c) => c.kind === 'update_on_deleted').map((c) => `${c.field}|${c.lost.stamp}`));
        for (const [field, s] of Object.entries(state!.stamps)) {
          const hidden = field !== DELETED_FIELD && s > tombstone && s.split(':')[2] !== tombstone.split(':')[2];
          if (hidden) expect(logged.has(`${field}|${s}`)).toBe(true);
        }
      }),
    );
  });

  it('meta names the newest stamp and its device', () => {
    const { state } = mergeAll([created, put('b', 5_000, { name: 'x' }), del('c', 4_000)]);
    expect(toRecordMeta(state!)).toEqual({ stamps: state!.stamps, hlc: stamp(5_000, 'b'), deviceId: 'b', deleted: 1 });
  });
});
