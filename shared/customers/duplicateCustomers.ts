import { companyNameCore, companyNameKey } from './companyName';
import { normalizePhone } from './phoneNumber';

/** Why an existing customer looks like the one being entered, strongest first. */
export type DuplicateReason = 'same_name' | 'same_phone' | 'similar_name';

/** What the check reads of a customer. Full model records fit. */
export interface DuplicateCandidate {
  id: string;
  name: string;
  phones: readonly string[];
}

export interface DuplicateMatch {
  id: string;
  reason: DuplicateReason;
  /** With `same_phone`: the number both have, normalised. */
  phone?: string;
}

/** Cores shorter than this differ too little in one character to call them near-identical. */
const MIN_CORE_FOR_TYPO = 4;

/**
 * Existing customers that are probably the customer being entered: the same name (ignoring
 * spacing, punctuation, full-width forms), a phone number in common, or a near-identical name
 * (the same name without legal-form words, or one character added, dropped or changed in a name
 * of at least four characters). Each customer is named once, with its strongest reason; the
 * customer itself (same `id`) is never a duplicate of itself.
 */
export function findDuplicateCustomers(entered: { id?: string; name: string; phones: readonly string[] }, existing: readonly DuplicateCandidate[]): DuplicateMatch[] {
  const key = companyNameKey(entered.name);
  const core = companyNameCore(entered.name);
  const phones = new Set(entered.phones.map(normalizePhone).filter((phone) => phone.length > 0));
  const matches: DuplicateMatch[] = [];
  for (const candidate of existing) {
    if (candidate.id === entered.id) continue;
    if (key.length > 0 && companyNameKey(candidate.name) === key) {
      matches.push({ id: candidate.id, reason: 'same_name' });
      continue;
    }
    const shared = candidate.phones.map(normalizePhone).find((phone) => phones.has(phone));
    if (shared !== undefined) {
      matches.push({ id: candidate.id, reason: 'same_phone', phone: shared });
      continue;
    }
    if (core.length > 0 && nearIdentical(core, companyNameCore(candidate.name))) matches.push({ id: candidate.id, reason: 'similar_name' });
  }
  const strength: Record<DuplicateReason, number> = { same_name: 0, same_phone: 1, similar_name: 2 };
  return matches.sort((a, b) => strength[a.reason] - strength[b.reason]);
}

function nearIdentical(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_CORE_FOR_TYPO || Math.abs(a.length - b.length) > 1) return false;
  return withinOneEdit(a, b);
}

/** Whether one insertion, deletion or substitution turns `a` into `b` (lengths differ by at most one). */
function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const restShort = short.slice(short.length === long.length ? i + 1 : i);
  return restShort === long.slice(i + 1);
}
