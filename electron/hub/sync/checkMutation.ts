import { z } from 'zod';
import { TABLE_SCHEMAS, type TableName } from '../../../shared/model/tables';
import { parseHlc } from '../../../shared/sync/hlc';
import { DELETED_FIELD, MutationSchema, type Mutation } from '../../../shared/sync/mutation';
import { describeZodError } from '../describeZodError';

export type CheckedMutation = { ok: true; mutation: Mutation } | { ok: false; reason: string };

/** The table's record schema as a zod object (every table schema is one). */
export function tableSchema(table: TableName): z.ZodObject {
  return TABLE_SCHEMAS[table] as unknown as z.ZodObject;
}

// Derived once per table: zod compiles a fast path per schema instance, which is costly.
const patchSchemas = new Map<TableName, z.ZodObject>();

/** Whether the record may lack this field (a `null` in a patch may then clear it). */
function isOptional(table: TableName, field: string): boolean {
  const schema = tableSchema(table).shape[field] as z.ZodType | undefined;
  return schema !== undefined && schema.safeParse(undefined).success;
}

/** Any subset of the table's fields, nothing else; an optional field may also be `null` (clear it). */
function patchSchema(table: TableName): z.ZodObject {
  let schema = patchSchemas.get(table);
  if (!schema) {
    const shape = tableSchema(table).shape as Record<string, z.ZodType>;
    const fields = Object.fromEntries(
      Object.entries(shape).map(([field, value]) => [field, (isOptional(table, field) ? value.nullable() : value).optional()]),
    );
    schema = z.object(fields).strict();
    patchSchemas.set(table, schema);
  }
  return schema;
}

/**
 * Everything about one pushed mutation that can be checked without the database: its shape,
 * that the pushing device wrote it, that every stamp is an HLC stamp of that device on a field
 * the patch sets, and that every patched value is valid for its field. `null` clears a field and
 * is accepted only for a field the table's schema makes optional. A failure is a reason to
 * reject the mutation, never to refuse the whole push.
 */
export function checkMutation(raw: unknown, deviceId: string): CheckedMutation {
  const parsed = MutationSchema.safeParse(raw);
  if (!parsed.success) {
    const { path, message } = describeZodError(parsed.error);
    return { ok: false, reason: `not a valid mutation: ${path ? `${path}: ` : ''}${message}` };
  }
  const mutation = parsed.data;
  const fail = (reason: string): CheckedMutation => ({ ok: false, reason });
  if (mutation.deviceId !== deviceId) return fail(`written by device "${mutation.deviceId}" but pushed by device "${deviceId}"`);

  const { [DELETED_FIELD]: tombstone, ...values } = mutation.patch;
  if (mutation.op === 'delete' && Object.keys(mutation.patch).length > 0) return fail('a delete carries no field values');
  if (tombstone !== undefined && tombstone !== 0 && tombstone !== 1) return fail(`"${DELETED_FIELD}" must be 0 or 1`);
  if (values.id !== undefined && values.id !== mutation.id) return fail(`patch id "${String(values.id)}" differs from the mutation's id "${mutation.id}"`);

  for (const [field, stamp] of Object.entries(mutation.stamps)) {
    const stamped = field in mutation.patch || (mutation.op === 'delete' && field === DELETED_FIELD);
    if (!stamped) return fail(`stamp for "${field}", which the mutation does not write`);
    let writer: string;
    try {
      writer = parseHlc(stamp).deviceId;
    } catch {
      return fail(`stamp of "${field}" is not an HLC stamp: "${stamp}"`);
    }
    if (writer !== deviceId) return fail(`stamp of "${field}" names device "${writer}", not "${deviceId}"`);
  }
  const unstamped = Object.keys(mutation.patch).find((field) => field !== 'id' && mutation.stamps[field] === undefined);
  if (unstamped !== undefined) return fail(`field "${unstamped}" has no stamp`);

  const requiredCleared = Object.keys(values).find((field) => values[field] === null && field in tableSchema(mutation.table).shape && !isOptional(mutation.table, field));
  if (requiredCleared !== undefined) return fail(`${mutation.table}.${requiredCleared}: a required field cannot be cleared (null)`);

  const checked = patchSchema(mutation.table).safeParse(values);
  if (!checked.success) {
    const { path, message } = describeZodError(checked.error, [mutation.table]);
    return fail(`${path}: ${message}`);
  }
  return { ok: true, mutation };
}
