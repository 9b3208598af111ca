import type { RecordMeta } from '../model/recordMeta';
import { compareHlc, parseHlc } from './hlc';

/**
 * A record as the merge sees it: its domain fields, the HLC stamp of each field's last write, and
 * the tombstone. The tombstone is a field of its own: its stamp is `stamps['meta.deleted']`
 * (`DELETED_FIELD`), absent until the record is first deleted.
 */
export interface MergeState {
  fields: Record<string, unknown>;
  stamps: Record<string, string>;
  deleted: 0 | 1;
}

/** The `meta` stored beside the fields: the newest stamp and the device that wrote it. */
export function toRecordMeta(state: MergeState): RecordMeta {
  const stamps = Object.values(state.stamps);
  if (stamps.length === 0) throw new Error('a merged record has at least one stamped field');
  const newest = stamps.reduce((a, b) => (compareHlc(a, b) >= 0 ? a : b));
  return { stamps: { ...state.stamps }, hlc: newest, deviceId: parseHlc(newest).deviceId, deleted: state.deleted };
}

/** The merge state of a stored record (`Stored<T>`: fields plus `meta`). */
export function fromStored(record: Record<string, unknown> & { meta: RecordMeta }): MergeState {
  const { meta, ...fields } = record;
  return { fields, stamps: { ...meta.stamps }, deleted: meta.deleted };
}
