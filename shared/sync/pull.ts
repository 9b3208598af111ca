import { z } from 'zod';
import { RecordMetaSchema } from '../model/recordMeta';
import { TABLE_NAMES, type TableName } from '../model/tables';
import { DeviceIdSchema } from './device';
import { HubIdentitySchema } from './hubIdentity';

export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

const TableNameSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);

/**
 * POST /v1/pull: the changes after `cursor` (a hub version; 0 for everything) that this device may
 * see, oldest first. The client saves each page and its new cursor in one local transaction, so a
 * crash between pages repeats at most one page, and applying a page twice is harmless.
 * `tables` narrows the pull; a cursor is only meaningful for the filter it was obtained with.
 */
export const PullRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    deviceId: DeviceIdSchema,
    hub: HubIdentitySchema,
    cursor: z.number().int().nonnegative(),
    limit: z.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
    tables: z.array(TableNameSchema).min(1).optional(),
  })
  .strict();
export type PullRequest = z.input<typeof PullRequestSchema>;

/**
 * A record as the hub holds it: domain fields plus `meta`, exactly the local `Stored<T>` shape.
 * Tombstones come as records with `meta.deleted = 1`. The hub's record is the truth for every
 * field the laptop has no unpushed change for; fields still in the outbox keep the local value
 * (they will be merged at the hub on the next push).
 */
export const PulledRecordSchema = z
  .object({
    kind: z.literal('record'),
    table: TableNameSchema,
    version: z.number().int().positive(),
    record: z.looseObject({ id: z.string().min(1), meta: RecordMetaSchema }),
  })
  .strict();
export type PulledRecord = z.infer<typeof PulledRecordSchema>;

/**
 * The record left this device's scope (its customer was reassigned to another broker): delete the
 * local copy. It is not a tombstone: the record lives on at the hub for those who may see it.
 */
export const RemovedRecordSchema = z
  .object({
    kind: z.literal('remove'),
    table: TableNameSchema,
    id: z.string().min(1),
    version: z.number().int().positive(),
  })
  .strict();
export type RemovedRecord = z.infer<typeof RemovedRecordSchema>;

export const PullChangeSchema = z.discriminatedUnion('kind', [PulledRecordSchema, RemovedRecordSchema]);
export type PullChange = z.infer<typeof PullChangeSchema>;

/** Apply `changes` in order, then store `cursor`; repeat while `hasMore`. */
export const PullReplySchema = z
  .object({
    hub: HubIdentitySchema,
    changes: z.array(PullChangeSchema),
    cursor: z.number().int().nonnegative(),
    hasMore: z.boolean(),
    hubTimeMs: z.number().int(),
  })
  .strict();
export type PullReply = z.infer<typeof PullReplySchema>;
