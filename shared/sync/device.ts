import { z } from 'zod';

/**
 * A laptop's id, chosen by the laptop when it is installed and used in its HLC stamps, so it may
 * write offline before it is ever paired. No `:` (the HLC separator).
 */
export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'device id is 1-64 letters, digits, "_" or "-"');

/** What a paired device may see and write: a broker their customers and company offers, the office everything. */
export const DeviceRoleSchema = z.enum(['broker', 'office']);
export type DeviceRole = z.infer<typeof DeviceRoleSchema>;

/** The account a device acts for. */
export const DeviceAccountSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('broker'), brokerId: z.string().min(1) }).strict(),
  z.object({ role: z.literal('office') }).strict(),
]);
export type DeviceAccount = z.infer<typeof DeviceAccountSchema>;
