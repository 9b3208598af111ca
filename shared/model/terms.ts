import { z } from 'zod';
import { IsoDateSchema, NonNegativeFenSchema } from './primitives';
import { PaymentMethodSchema } from './customer';

/** Payment terms: 款到发货 cash before delivery, 预付 prepayment, 账期 credit days, 保证金 deposit. */
export const PaymentTermsSchema = z
  .object({
    method: PaymentMethodSchema,
    creditDays: z.number().int().min(1).max(365).optional(),
    prepaymentPercent: z.number().int().min(1).max(100).optional(),
    depositFen: NonNegativeFenSchema.optional(),
  })
  .strict();
export type PaymentTerms = z.infer<typeof PaymentTermsSchema>;

/** Delivery: 自提 pickup at the warehouse or 配送 delivery to an address, in a date range. */
export const DeliveryTermsSchema = z
  .object({
    method: z.enum(['pickup', 'delivery']),
    warehouse: z.string().optional(),
    address: z.string().optional(),
    from: IsoDateSchema,
    to: IsoDateSchema,
  })
  .strict();
export type DeliveryTerms = z.infer<typeof DeliveryTermsSchema>;
