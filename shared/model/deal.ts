import { z } from 'zod';
import {
  CategoryCodeSchema,
  FenSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  KgSchema,
  NonEmptyText,
  NonNegativeFenSchema,
  SpecSchema,
  WeighingSchema,
} from './primitives';
import { DeliveryTermsSchema, PaymentTermsSchema } from './terms';

export const DEAL_STATUSES = ['draft', 'confirmed', 'delivered', 'settled', 'cancelled'] as const;
export const DealStatusSchema = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatusSchema>;

/**
 * A goods line of a deal. The line amount is derived: round(priceFenPerTon × weightKg / 1000).
 * `sellerPriceFenPerTon` is what the seller gets; the difference is the broker's spread.
 */
export const DealLineSchema = z
  .object({
    offerId: IdSchema.optional(),
    requestLineId: IdSchema.optional(),
    category: CategoryCodeSchema,
    grade: z.string().min(1),
    spec: SpecSchema,
    brand: z.string().optional(),
    warehouse: z.string().optional(),
    weightKg: KgSchema.positive(),
    pieces: z.number().int().nonnegative().optional(),
    weighing: WeighingSchema,
    priceFenPerTon: FenSchema.positive(),
    sellerPriceFenPerTon: FenSchema.positive().optional(),
  })
  .strict();
export type DealLine = z.infer<typeof DealLineSchema>;

export const CommissionSchema = z
  .object({
    kind: z.enum(['per_ton', 'spread']),
    /** With `per_ton`: fen per tonne charged on the deal's weight. */
    fenPerTon: NonNegativeFenSchema.optional(),
  })
  .strict();
export type Commission = z.infer<typeof CommissionSchema>;

export const DISPUTE_PARTIES = ['buyer', 'seller'] as const;
export type DisputeParty = (typeof DISPUTE_PARTIES)[number];

/**
 * A dispute (纠纷) on an agreed deal, for the credit record of the customer on `party`'s side (the
 * one whose conduct is disputed: goods refused, payment withheld, short delivery...). It is
 * bookkeeping, not a term, so it may be written after confirmation. Resolving it adds the date and
 * the outcome; they come together.
 */
export const DealDisputeSchema = z
  .object({
    raisedOn: IsoDateSchema,
    party: z.enum(DISPUTE_PARTIES),
    reason: NonEmptyText.max(200),
    resolvedOn: IsoDateSchema.optional(),
    resolution: NonEmptyText.max(200).optional(),
  })
  .strict()
  .refine((dispute) => (dispute.resolvedOn === undefined) === (dispute.resolution === undefined), {
    message: 'a resolved dispute records both the date and the outcome',
    path: ['resolution'],
  })
  .refine((dispute) => dispute.resolvedOn === undefined || dispute.resolvedOn >= dispute.raisedOn, {
    message: 'a dispute is resolved on or after the day it was raised',
    path: ['resolvedOn'],
  });
export type DealDispute = z.infer<typeof DealDisputeSchema>;

/**
 * A deal (成交) between one buyer and one seller. A request split across sellers makes several
 * deals. Once confirmed, a deal is never edited in place: changes are amendments.
 */
export const DealSchema = z
  .object({
    id: IdSchema,
    /** Confirmation number, unique across laptops without a network: prefix + date + sequence. */
    number: z.string().min(1),
    buyerId: IdSchema,
    sellerId: IdSchema,
    brokerId: z.string().min(1),
    requestId: IdSchema.optional(),
    dealOn: IsoDateSchema,
    lines: z.array(DealLineSchema).min(1),
    delivery: DeliveryTermsSchema,
    payment: PaymentTermsSchema,
    /** 磅差 weight tolerance in per mille (‰), default 3. */
    tolerancePerMille: z.number().int().min(0).max(50),
    /** Days after delivery within which quality objections are accepted. */
    objectionDays: z.number().int().min(0).max(365),
    commission: CommissionSchema,
    status: DealStatusSchema,
    needsApproval: z.boolean(),
    approvedAt: IsoDateTimeSchema.optional(),
    confirmedAt: IsoDateTimeSchema.optional(),
    deliveredAt: IsoDateTimeSchema.optional(),
    settledAt: IsoDateTimeSchema.optional(),
    cancelledAt: IsoDateTimeSchema.optional(),
    /** Credit record: was the buyer's payment on time (known at settlement). */
    paidOnTime: z.boolean().optional(),
    /** Credit record: a dispute with one of the parties (at most one per deal). */
    dispute: DealDisputeSchema.optional(),
    printCount: z.number().int().nonnegative(),
  })
  .strict();
export type Deal = z.infer<typeof DealSchema>;

/** A change to a confirmed deal that the customer agreed to. Append-only. */
export const AmendmentSchema = z
  .object({
    id: IdSchema,
    dealId: IdSchema,
    changes: z
      .array(z.object({ field: z.string().min(1), from: z.unknown(), to: z.unknown() }).strict())
      .min(1),
    reason: z.string().min(1),
    agreedBy: z.string().min(1),
    agreedVia: z.enum(['phone', 'wechat', 'visit', 'sms', 'email', 'signed']),
    agreedAt: IsoDateTimeSchema,
    brokerId: z.string().min(1),
  })
  .strict();
export type Amendment = z.infer<typeof AmendmentSchema>;

/** A rating one party gives the other after settlement (客户评价). Append-only. */
export const RatingSchema = z
  .object({
    id: IdSchema,
    dealId: IdSchema,
    customerId: IdSchema,
    byRole: z.enum(['buyer', 'seller']),
    score: z.number().int().min(1).max(5),
    comment: z.string().optional(),
    at: IsoDateTimeSchema,
  })
  .strict();
export type Rating = z.infer<typeof RatingSchema>;
