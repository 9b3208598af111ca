import type { Contact, Customer } from '../model/customer';

/** One party's block on a confirmation: who signs, how to reach them, where they are. */
export interface ConfirmationParty {
  /** The registered name (全称): a confirmation names the company in full, never the short name. */
  readonly name: string;
  /** The person to deal with: the key contact (关键联系人) if there is one, else the first contact. */
  readonly contact?: string;
  /** The contact's phone first, then the company's, without repeats. */
  readonly phones: readonly string[];
  /** The address on record, else region and city. */
  readonly address: string;
}

export function confirmationParty(customer: Customer, contacts: readonly Contact[]): ConfirmationParty {
  const own = contacts.filter((contact) => contact.customerId === customer.id);
  const person = own.find((contact) => contact.isKey) ?? own[0];
  const phones = [...new Set([person?.phone, ...customer.phones].map((phone) => phone?.trim()).filter((phone): phone is string => !!phone))];
  const address = customer.address?.trim() || [customer.region, customer.city].filter(Boolean).join(' ');
  return { name: customer.name, ...(person ? { contact: person.name } : {}), phones, address };
}
