import type { ConflictEntry } from './conflict';
import { compareHlc, parseHlc } from './hlc';
import { jsonEqual } from './jsonEqual';
import type { MergeState } from './mergeState';
import { DELETED_FIELD, type Mutation } from './mutation';

/**
 * The merge rules of DESIGN.md, pure so the hub and the laptop apply the same ones.
 *
 * Tables that merge by field (`TABLE_MERGE[table] === 'fields'`):
 * - Each field is a last-writer-wins register ordered by its HLC stamp (the hub clamps stamps
 *   before merging). Equal stamps can only come from one device (the device id is in the stamp),
 *   whose writes arrive in order, so the later write wins.
 * - Every losing value goes to a conflict entry unless nothing was lost: a value equal to the
 *   winner, or an overwrite by a device that had seen the value it replaced (its own earlier write,
 *   or `base[field]` naming that value's stamp).
 *
 * Delete versus update: the tombstone is the field `meta.deleted` (0/1) with a stamp of its own,
 * merged like any other field. A delete sets it to 1; only an explicit restore (a `put` whose
 * patch sets `meta.deleted: 0` with a newer stamp) clears it. Field writes never resurrect a
 * record: they are still merged into the tombstoned record (nothing is lost, a restore brings them
 * back), and those written after the delete by another device are logged as `update_on_deleted`
 * whichever of the delete and the update reaches the merge first.
 *
 * Append-only tables (contact logs, amendments, ratings): a record is inserted once. Sending the
 * same record again changes nothing; a different one under the same id, or a delete, is refused.
 *
 * Clearing: `null` in a patch clears an optional field. It is merged like any other value (its
 * stamp competes, a losing or replaced `null` is logged like any value), but the merged state
 * keeps no `null`: a cleared field is absent from `fields` while its stamp stays in `stamps`, so
 * the stored record has no such field. A stamped field that is absent therefore reads as `null`.
 */
export type MergeWrite = Pick<Mutation, 'op' | 'patch' | 'stamps' | 'deviceId' | 'base'>;

export type MergeOutcome =
  | { kind: 'merged'; state: MergeState; changed: boolean; conflicts: ConflictEntry[] }
  | { kind: 'refused'; reason: string };

export type MergeMode = 'fields' | 'appendOnly';

interface FieldWrite {
  field: string;
  value: unknown;
  stamp: string;
}

const EMPTY: MergeState = { fields: {}, stamps: {}, deleted: 0 };

/** Merge one write into the current record (undefined for a record not seen yet). */
export function mergeWrite(mode: MergeMode, current: MergeState | undefined, write: MergeWrite): MergeOutcome {
  const writes = fieldWrites(write);
  if (typeof writes === 'string') return { kind: 'refused', reason: writes };
  return mode === 'fields' ? mergeFields(current ?? EMPTY, write, writes) : mergeAppendOnly(current, write, writes);
}

function fieldWrites(write: MergeWrite): FieldWrite[] | string {
  if (write.op === 'delete') {
    const stamp = write.stamps[DELETED_FIELD];
    return stamp === undefined ? `a delete needs a stamp for "${DELETED_FIELD}"` : [{ field: DELETED_FIELD, value: 1, stamp }];
  }
  const writes: FieldWrite[] = [];
  for (const [field, value] of Object.entries(write.patch)) {
    const stamp = write.stamps[field];
    if (stamp === undefined) return `field "${field}" has no stamp`;
    writes.push({ field, value, stamp });
  }
  return writes;
}

/** The field's value; `null` for a field that is absent (cleared, or never written). */
function valueOf(state: MergeState, field: string): unknown {
  return field === DELETED_FIELD ? state.deleted : (state.fields[field] ?? null);
}

/** Write a value and its stamp; a `null` value clears the field (absent, stamp kept). */
function assign(state: MergeState, { field, value, stamp }: FieldWrite): void {
  if (field === DELETED_FIELD) state.deleted = value === 1 ? 1 : 0;
  else if (value === null) delete state.fields[field];
  else state.fields[field] = value;
  state.stamps[field] = stamp;
}

const deviceOf = (stamp: string): string => parseHlc(stamp).deviceId;

function mergeFields(current: MergeState, write: MergeWrite, writes: FieldWrite[]): MergeOutcome {
  const state: MergeState = { fields: { ...current.fields }, stamps: { ...current.stamps }, deleted: current.deleted };
  const conflicts: ConflictEntry[] = [];
  const taken: FieldWrite[] = [];
  for (const incoming of writes) {
    const { field, value, stamp } = incoming;
    const currentStamp = state.stamps[field];
    const currentValue = valueOf(state, field);
    if (currentStamp === undefined) {
      assign(state, incoming);
      taken.push(incoming);
      continue;
    }
    const order = compareHlc(stamp, currentStamp);
    const same = jsonEqual(value, currentValue);
    if (order < 0) {
      if (!same) conflicts.push({ field, kind: 'concurrent_write', kept: { value: currentValue, stamp: currentStamp }, lost: { value, stamp } });
      continue;
    }
    if (order === 0 && same) continue;
    const informed = write.base?.[field] === currentStamp || deviceOf(currentStamp) === write.deviceId;
    if (!same && !informed) {
      conflicts.push({ field, kind: 'concurrent_write', kept: { value, stamp }, lost: { value: currentValue, stamp: currentStamp } });
    }
    assign(state, incoming);
    taken.push(incoming);
  }
  conflicts.push(...hiddenByTombstone(current, state, taken));
  return { kind: 'merged', state, changed: taken.length > 0, conflicts };
}

/**
 * Field values written after the tombstone's stamp by another device than the deleter. Each is
 * logged once whichever arrived first: a value this merge wrote into a deleted record, or, when
 * this merge deleted the record (or moved its tombstone), every such value not already logged
 * against the previous tombstone.
 */
function hiddenByTombstone(before: MergeState, after: MergeState, taken: FieldWrite[]): ConflictEntry[] {
  const tombstone = after.stamps[DELETED_FIELD];
  if (after.deleted !== 1 || tombstone === undefined) return [];
  const deleter = deviceOf(tombstone);
  const previous = before.deleted === 1 ? before.stamps[DELETED_FIELD] : undefined;
  const loggedBefore = (stamp: string): boolean => previous !== undefined && compareHlc(stamp, previous) > 0 && deviceOf(stamp) !== deviceOf(previous);
  const written = new Set(taken.map((w) => w.field));
  return Object.entries(after.stamps)
    .filter(([field, stamp]) => field !== DELETED_FIELD && compareHlc(stamp, tombstone) > 0 && deviceOf(stamp) !== deleter)
    .filter(([field, stamp]) => written.has(field) || !loggedBefore(stamp))
    .map(([field, stamp]) => ({ field, kind: 'update_on_deleted', kept: { value: 1, stamp: tombstone }, lost: { value: valueOf(after, field), stamp } }));
}

function mergeAppendOnly(current: MergeState | undefined, write: MergeWrite, writes: FieldWrite[]): MergeOutcome {
  if (write.op === 'delete' || writes.some((w) => w.field === DELETED_FIELD)) {
    return { kind: 'refused', reason: 'append-only records cannot be deleted or restored' };
  }
  if (!current) {
    const state: MergeState = { fields: {}, stamps: {}, deleted: 0 };
    for (const w of writes) assign(state, w);
    return { kind: 'merged', state, changed: writes.length > 0, conflicts: [] };
  }
  const differing = writes.find((w) => !jsonEqual(w.value, valueOf(current, w.field)));
  if (differing) return { kind: 'refused', reason: `append-only record already exists with another "${differing.field}"` };
  return { kind: 'merged', state: current, changed: false, conflicts: [] };
}
