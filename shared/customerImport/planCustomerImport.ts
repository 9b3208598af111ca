import { companyNameKey } from '../customers/companyName';
import { normalizePhone } from '../customers/phoneNumber';
import type { Contact, Customer } from '../model/customer';
import type { ImportedContactFields, ImportedCustomer, ImportedCustomerFields } from './readImportRows';

type ExistingCustomer = Pick<Customer, 'id' | 'name' | 'phones'> & Partial<ImportedCustomerFields>;
type ExistingContact = Pick<Contact, 'id' | 'customerId' | 'name'> & Partial<ImportedContactFields>;

/** A customer the import creates, with its contacts. */
export interface PlannedCreate {
  rows: number[];
  customer: ImportedCustomerFields;
  contacts: ImportedContactFields[];
}

/** An existing customer the import changes: only fields whose value differs, new contacts, changed contacts. */
export interface PlannedUpdate {
  rows: number[];
  id: string;
  name: string;
  patch: Partial<ImportedCustomerFields>;
  newContacts: ImportedContactFields[];
  contactPatches: Array<{ id: string; patch: Partial<ImportedContactFields> }>;
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  /** Customers of the file already in the book exactly as the file has them. */
  unchanged: Array<{ rows: number[]; id: string }>;
}

const LIST_FIELDS = new Set(['phones', 'categories', 'tags']);

/**
 * What importing `imported` into a book holding `customers` and `contacts` would do, so the user
 * sees it before anything is written. A file customer is the book's customer with the same name
 * (ignoring spacing and punctuation) or, failing that, one with a phone number in common; it then
 * updates that customer (a blank cell never clears a field; phones, categories and tags are added
 * to) instead of making a second record. A contact is the customer's contact of the same name.
 */
export function planCustomerImport(imported: readonly ImportedCustomer[], customers: readonly ExistingCustomer[], contacts: readonly ExistingContact[]): ImportPlan {
  const byName = new Map<string, ExistingCustomer>();
  const byPhone = new Map<string, ExistingCustomer>();
  for (const customer of customers) {
    byName.set(companyNameKey(customer.name), customer);
    for (const phone of customer.phones) byPhone.set(normalizePhone(phone), customer);
  }
  const contactsOf = new Map<string, ExistingContact[]>();
  for (const contact of contacts) {
    const list = contactsOf.get(contact.customerId);
    if (list) list.push(contact);
    else contactsOf.set(contact.customerId, [contact]);
  }

  const plan: ImportPlan = { creates: [], updates: [], unchanged: [] };
  for (const entry of imported) {
    const match =
      byName.get(companyNameKey(entry.customer.name)) ??
      entry.customer.phones.map((phone) => byPhone.get(normalizePhone(phone))).find((found) => found !== undefined);
    if (!match) {
      plan.creates.push({ rows: entry.rows, customer: entry.customer, contacts: entry.contacts });
      continue;
    }
    const patch = customerPatch(match, entry.customer);
    const { newContacts, contactPatches } = contactChanges(contactsOf.get(match.id) ?? [], entry.contacts);
    if (Object.keys(patch).length === 0 && newContacts.length === 0 && contactPatches.length === 0) {
      plan.unchanged.push({ rows: entry.rows, id: match.id });
    } else {
      plan.updates.push({ rows: entry.rows, id: match.id, name: match.name, patch, newContacts, contactPatches });
    }
  }
  return plan;
}

function customerPatch(existing: ExistingCustomer, incoming: ImportedCustomerFields): Partial<ImportedCustomerFields> {
  const patch: Record<string, unknown> = {};
  const current = existing as Record<string, unknown>;
  for (const [field, value] of Object.entries(incoming)) {
    if (field === 'name') continue;
    if (LIST_FIELDS.has(field)) {
      const list = (current[field] as string[] | undefined) ?? [];
      const same = field === 'phones' ? (a: string, b: string) => normalizePhone(a) === normalizePhone(b) : (a: string, b: string) => a === b;
      const added = (value as string[]).filter((item) => !list.some((known) => same(known, item)));
      if (added.length > 0) patch[field] = [...list, ...added];
    } else if (value !== '' && value !== current[field]) {
      patch[field] = value;
    }
  }
  return patch as Partial<ImportedCustomerFields>;
}

function contactChanges(existing: readonly ExistingContact[], incoming: readonly ImportedContactFields[]) {
  const newContacts: ImportedContactFields[] = [];
  const contactPatches: Array<{ id: string; patch: Partial<ImportedContactFields> }> = [];
  for (const contact of incoming) {
    const known = existing.find((candidate) => companyNameKey(candidate.name) === companyNameKey(contact.name));
    if (!known) {
      newContacts.push(contact);
      continue;
    }
    const patch: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(contact)) if (field !== 'name' && value !== (known as Record<string, unknown>)[field]) patch[field] = value;
    if (Object.keys(patch).length > 0) contactPatches.push({ id: known.id, patch: patch as Partial<ImportedContactFields> });
  }
  return { newContacts, contactPatches };
}
