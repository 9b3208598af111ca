import { z } from 'zod';
import { DeviceIdSchema } from './device';
import { HubIdentitySchema } from './hubIdentity';

/** Most mutations one push may carry; the outbox sends more in several pushes. */
export const MAX_PUSH_MUTATIONS = 5000;

/**
 * A mutation as the push envelope checks it: only its number. The rest is checked one mutation at
 * a time against `MutationSchema` and the table's schema, so a mutation that can never apply is
 * acknowledged as rejected instead of blocking the queue behind it.
 */
export const PushedMutationSchema = z.looseObject({ seq: z.number().int().positive() });

/**
 * POST /v1/push: the next mutations of the device's outbox, numbered without gaps. The hub applies
 * the batch in one transaction: mutations it already settled are skipped and answered as the first
 * time (`duplicate`, or `rejected` with the same reason), so a push whose reply was lost can simply
 * be sent again; a batch that starts after the next expected number is refused whole (`seq_gap`).
 */
export const PushRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    deviceId: DeviceIdSchema,
    /** The hub identity the client last saw (from pairing, status or any earlier reply). */
    hub: HubIdentitySchema,
    mutations: z.array(PushedMutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
  })
  .strict()
  .superRefine((request, ctx) => {
    request.mutations.forEach((mutation, index) => {
      const expected = request.mutations[0]!.seq + index;
      if (mutation.seq !== expected) {
        ctx.addIssue({ code: 'custom', path: ['mutations', index, 'seq'], message: `batch numbers must be consecutive: expected ${expected}` });
      }
    });
  });
export type PushRequest = z.infer<typeof PushRequestSchema>;

/**
 * What became of one mutation. `applied`: merged (its values may still have lost to newer ones,
 * counted in `conflicts` and kept in the conflict log). `duplicate`: applied by an earlier push.
 * `rejected`: can never apply (invalid record, unknown table, outside the device's scope); the
 * reason is meant for the user, and the mutation is kept in the hub's rejection log. A rejected
 * mutation sent again is answered `rejected` again: the reply that said so may never have arrived.
 */
export const MutationOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ seq: z.number().int().positive(), status: z.literal('applied'), conflicts: z.number().int().nonnegative() }).strict(),
  z.object({ seq: z.number().int().positive(), status: z.literal('duplicate') }).strict(),
  z.object({ seq: z.number().int().positive(), status: z.literal('rejected'), reason: z.string().min(1) }).strict(),
]);
export type MutationOutcome = z.infer<typeof MutationOutcomeSchema>;

/**
 * Every mutation up to `ackedThrough` is settled (applied, duplicate or rejected): the laptop may
 * delete those outbox entries. A push reply never moves the pull cursor.
 */
export const PushReplySchema = z
  .object({
    hub: HubIdentitySchema,
    ackedThrough: z.number().int().nonnegative(),
    outcomes: z.array(MutationOutcomeSchema),
    hubTimeMs: z.number().int(),
  })
  .strict();
export type PushReply = z.infer<typeof PushReplySchema>;
