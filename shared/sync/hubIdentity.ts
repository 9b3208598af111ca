import { z } from 'zod';

/**
 * Who the hub is: `id` is drawn when its database is created, `epoch` goes up when the database is
 * restored from a backup. Every reply carries it; a client whose last-seen identity differs must
 * resynchronise (`hub_changed`), because the hub may have forgotten what it acknowledged.
 */
export const HubIdentitySchema = z
  .object({
    id: z.string().min(1).max(64),
    epoch: z.number().int().nonnegative(),
  })
  .strict();
export type HubIdentity = z.infer<typeof HubIdentitySchema>;

/** True when both name the same hub in the same epoch. */
export function sameHub(a: HubIdentity, b: HubIdentity): boolean {
  return a.id === b.id && a.epoch === b.epoch;
}
