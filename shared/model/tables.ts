import type { z } from 'zod';
import { BrokerSchema, ContactLogSchema, ContactSchema, CustomerSchema } from './customer';
import { AmendmentSchema, DealSchema, RatingSchema } from './deal';
import { OfferSchema } from './offer';
import { QuoteSchema } from './quote';
import { BuyRequestSchema } from './request';

/**
 * Every synced table and the schema that validates what enters it. The local store, the sync
 * protocol and the hub all key off this one map.
 */
export const TABLE_SCHEMAS = {
  brokers: BrokerSchema,
  customers: CustomerSchema,
  contacts: ContactSchema,
  contactLogs: ContactLogSchema,
  offers: OfferSchema,
  requests: BuyRequestSchema,
  deals: DealSchema,
  amendments: AmendmentSchema,
  ratings: RatingSchema,
  quotes: QuoteSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type TableRecord<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;

/**
 * How a table merges (DESIGN.md): `fields` merge field by field by HLC; `appendOnly` records are
 * written once and never changed (contact logs, amendments, ratings). Deals merge by field too,
 * but the repository refuses in-place edits of a confirmed deal's terms (see deal rules).
 */
export const TABLE_MERGE: Readonly<Record<TableName, 'fields' | 'appendOnly'>> = {
  brokers: 'fields',
  customers: 'fields',
  contacts: 'fields',
  contactLogs: 'appendOnly',
  offers: 'fields',
  requests: 'fields',
  deals: 'fields',
  amendments: 'appendOnly',
  ratings: 'appendOnly',
  quotes: 'fields',
};
