import type { Amendment, Deal } from '../model/deal';
import { jsonEqual } from '../sync/jsonEqual';

/** The fields of a deal that make up what was agreed; after confirmation they change only by amendment. */
export const AGREED_FIELDS = ['lines', 'delivery', 'payment', 'tolerancePerMille', 'objectionDays', 'commission'] as const;
export type AgreedField = (typeof AGREED_FIELDS)[number];

/** The agreed part of a deal. */
export type AgreedTerms = Pick<Deal, AgreedField>;

/** One changed value: `field` is a path such as `delivery.to` or `lines[1].weightKg`. */
export type TermChange = Amendment['changes'][number];

/**
 * What differs between two versions of a deal's agreed terms, one entry per changed leaf value
 * (`lines[0].priceFenPerTon`, `payment.creditDays`), so the amendment reads as what changed and
 * not as two copies of the deal. Lines added or removed change `lines` as a whole. A value left
 * out on one side is `null` there (JSON has no undefined, and amendments travel as JSON).
 */
export function diffTerms(before: AgreedTerms, after: AgreedTerms): TermChange[] {
  const changes: TermChange[] = [];
  for (const field of AGREED_FIELDS) diffValue(field, before[field], after[field], changes);
  return changes;
}

function diffValue(path: string, from: unknown, to: unknown, changes: TermChange[]): void {
  if (jsonEqual(from, to)) return;
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    from.forEach((item, i) => diffValue(`${path}[${i}]`, item, to[i], changes));
    return;
  }
  if (isPlainObject(from) && isPlainObject(to)) {
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) diffValue(`${path}.${key}`, from[key], to[key], changes);
    return;
  }
  changes.push({ field: path, from: from ?? null, to: to ?? null });
}

/**
 * The terms in force: the deal as confirmed with every amendment applied in the order agreed.
 * The stored deal keeps what was first confirmed (the signed paper); this is what must be delivered.
 */
export function amendedTerms<D extends AgreedTerms>(deal: D, amendments: ReadonlyArray<Pick<Amendment, 'changes' | 'agreedAt'>>): D {
  const ordered = [...amendments].sort((a, b) => Date.parse(a.agreedAt) - Date.parse(b.agreedAt));
  let terms: D = cloneJson(deal);
  for (const amendment of ordered) for (const change of amendment.changes) terms = setPath(terms, change.field, change.to);
  return terms;
}

/** `record` with the value at `path` (`a.b`, `a[2].c`) replaced; `null` removes the key. Mutates the clone it was given. */
function setPath<T>(record: T, path: string, value: unknown): T {
  const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
  let at = record as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(at[key]) && !Array.isArray(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === null) delete at[last];
  else at[last] = cloneJson(value);
  return record;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deals are JSON data (they travel as JSON to the office), so a JSON round trip copies them whole. */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
