import { dealCreateRefusal, dealRemoveRefusal, dealUpdateRefusal } from '../../../shared/deals/dealWriteRules';
import type { Stored, TableName, TableRecord } from '../../../shared/model';

/** Why a write is refused, in words for the broker, or `undefined` to let it through. */
export type Refusal = string | undefined;

/**
 * Business rules of one table, checked by the repository after the schema check and before
 * anything is written (`update` and `remove` inside the write transaction, against the stored
 * record). A rule returns a refusal instead of throwing; the repository turns it into a
 * `WriteRefusedError` naming table and row or id.
 */
export interface TableWriteRules<T extends TableName> {
  create?(next: TableRecord<T>): Refusal;
  /** `changedFields` lists the fields whose value differs (an update that changes nothing never gets here). */
  update?(current: Stored<TableRecord<T>>, next: TableRecord<T>, changedFields: readonly string[]): Refusal;
  remove?(current: Stored<TableRecord<T>>): Refusal;
}

export type WriteRuleBook = { readonly [T in TableName]?: TableWriteRules<T> };

/**
 * The write rules of every table: the one place a feature adds a rule, e.g.
 * `deals: confirmedDealRules` ("a confirmed deal is never edited in place"), with the rule's
 * logic in shared/ where it is tested in Node. Append-only tables (TABLE_MERGE) need no entry:
 * the repository refuses their updates and removals itself.
 */
export const WRITE_RULES: WriteRuleBook = {
  // Status ladder, approval before confirmation, no in-place edits once confirmed (shared/deals).
  deals: { create: dealCreateRefusal, update: dealUpdateRefusal, remove: dealRemoveRefusal },
};
