import { z } from 'zod';
import { HubIdentitySchema } from '../sync/hubIdentity';

/**
 * Where the office hub run by this workstation (office mode) stands:
 * - `unavailable`: this shell cannot run a hub (the browser build);
 * - `off`: office mode is switched off in the settings;
 * - `starting` / `stopping`: on its way;
 * - `running`: serving at `url` (and, when open to the office network, at each of `lanUrls`);
 * - `failed`: could not start or stopped on an error; `error` says what and where.
 */
export const OfficeStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('unavailable') }).strict(),
  z.object({ state: z.literal('off') }).strict(),
  z.object({ state: z.literal('starting') }).strict(),
  z.object({ state: z.literal('stopping') }).strict(),
  z
    .object({
      state: z.literal('running'),
      url: z.string(),
      lanUrls: z.array(z.string()),
      hub: HubIdentitySchema,
      storage: z.string(),
    })
    .strict(),
  z.object({ state: z.literal('failed'), error: z.string() }).strict(),
]);
export type OfficeStatus = z.infer<typeof OfficeStatusSchema>;
