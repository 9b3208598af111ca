import { z } from 'zod';
import { CategoryCodeSchema, IdSchema, IsoDateSchema, KgSchema, NonEmptyText, NonNegativeFenSchema } from './primitives';

export const CustomerTypeSchema = z.enum(['buyer', 'seller', 'both']);
export const PaymentMethodSchema = z.enum(['cash_before_delivery', 'prepayment', 'credit']);

/**
 * A customer (客户): a company the broker buys from or sells to. The development stage,
 * lifecycle phase and grade are derived from the record, never stored here, except
 * `firstContactOn`, which is what turns a peripheral (外围) customer into a potential (潜在) one.
 */
export const CustomerSchema = z
  .object({
    id: IdSchema,
    name: NonEmptyText,
    shortName: z.string().optional(),
    type: CustomerTypeSchema,
    region: z.string(),
    city: z.string().optional(),
    address: z.string().optional(),
    phones: z.array(z.string()),
    brokerId: z.string().min(1),
    categories: z.array(CategoryCodeSchema),
    estimatedMonthlyKg: KgSchema.optional(),
    paymentPreference: PaymentMethodSchema.optional(),
    creditLimitFen: NonNegativeFenSchema.optional(),
    referredById: IdSchema.optional(),
    firstContactOn: IsoDateSchema.optional(),
    tags: z.array(z.string()),
    notes: z.string().optional(),
  })
  .strict();
export type Customer = z.infer<typeof CustomerSchema>;

/** A person at a customer (联系人). */
export const ContactSchema = z
  .object({
    id: IdSchema,
    customerId: IdSchema,
    name: NonEmptyText,
    title: z.string().optional(),
    phone: z.string().optional(),
    wechat: z.string().optional(),
    /** `MM-DD`, for birthday reminders. */
    birthday: z.string().regex(/^\d{2}-\d{2}$/, 'birthday is MM-DD').optional(),
    isKey: z.boolean(),
  })
  .strict();
export type Contact = z.infer<typeof ContactSchema>;

export const ContactChannelSchema = z.enum(['phone', 'wechat', 'visit', 'sms', 'email']);
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

/** One logged contact with a customer (跟进记录). Append-only. */
export const ContactLogSchema = z
  .object({
    id: IdSchema,
    customerId: IdSchema,
    contactId: IdSchema.optional(),
    brokerId: z.string().min(1),
    at: z.iso.datetime({ offset: true }),
    channel: ContactChannelSchema,
    summary: NonEmptyText,
    nextFollowUpOn: IsoDateSchema.optional(),
  })
  .strict();
export type ContactLog = z.infer<typeof ContactLogSchema>;

/** A broker of the company. Deal numbers start with the broker's prefix. */
export const BrokerSchema = z
  .object({
    id: z.string().min(1),
    name: NonEmptyText,
    prefix: z.string().regex(/^[A-Z]{2,4}$/, 'prefix is 2-4 capital letters'),
  })
  .strict();
export type Broker = z.infer<typeof BrokerSchema>;
