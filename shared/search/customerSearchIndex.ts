import type { Contact, Customer } from '../model/customer';
import { charSignature } from './charSignature';
import { normalizeForSearch } from './normalizeForSearch';
import { pinyinReadings } from './pinyinReadings';

/** What a match was found in, best first: a name match outranks a phone match. */
export const SEARCH_FIELDS = ['name', 'shortName', 'contactName', 'phone'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * A customer search index: every searchable text of every customer, normalised and laid out in
 * compact arrays, with each distinct character's pinyin readings computed once. Build it once per
 * book (and again when customers change); querying it computes no pinyin.
 *
 * Layout: customer `c` owns fields `customerFields[c]` to `customerFields[c + 1] − 1`, in
 * `SEARCH_FIELDS` order; field `f` is of kind `fieldKind[f]` (an index into `SEARCH_FIELDS`) and
 * owns positions `fieldStart[f]` to `fieldStart[f + 1] − 1` of `chars`; `chars` holds, per
 * position, the character's index in `alphabet`. `fieldSignature` and `customerSignature` OR the
 * `charSignature`s of a field's and a customer's characters, to skip those a query cannot match.
 */
export interface CustomerSearchIndex {
  ids: string[];
  customerFields: Int32Array;
  fieldStart: Int32Array;
  fieldKind: Uint8Array;
  chars: Uint32Array;
  fieldSignature: Int32Array;
  customerSignature: Int32Array;
  /** The distinct characters (UTF-16 code units) and their pinyin readings. */
  alphabet: { chars: string[]; readings: Array<readonly string[]> };
}

/** The searchable parts of a customer and of its contacts. Full model records fit. */
export type SearchableCustomer = Pick<Customer, 'id' | 'name' | 'shortName' | 'phones'>;
export type SearchableContact = Pick<Contact, 'customerId' | 'name' | 'phone'>;

/** Indexes name, short name, contacts' names and all phones (the customer's and its contacts') of each customer. */
export function buildCustomerSearchIndex(
  customers: readonly SearchableCustomer[],
  contacts: readonly SearchableContact[] = [],
): CustomerSearchIndex {
  const contactsOf = new Map<string, SearchableContact[]>();
  for (const contact of contacts) {
    const list = contactsOf.get(contact.customerId);
    if (list) list.push(contact);
    else contactsOf.set(contact.customerId, [contact]);
  }
  const alphabet: CustomerSearchIndex['alphabet'] = { chars: [], readings: [] };
  const letterOf = new Int32Array(0x10000).fill(-1);
  const chars: number[] = [];
  const fieldStart: number[] = [];
  const fieldKind: number[] = [];
  const fieldSignature: number[] = [];
  const letterSignature: number[] = [];
  const customerFields = new Int32Array(customers.length + 1);
  const customerSignature = new Int32Array(customers.length);

  const addField = (kind: SearchField, text: string | undefined) => {
    const normalised = text === undefined ? '' : normalizeForSearch(text);
    if (normalised.length === 0) return;
    fieldStart.push(chars.length);
    fieldKind.push(SEARCH_FIELDS.indexOf(kind));
    let signature = 0;
    for (let i = 0; i < normalised.length; i++) {
      const unit = normalised.charCodeAt(i);
      let letter = letterOf[unit]!;
      if (letter < 0) {
        const char = normalised[i]!;
        const readings = pinyinReadings(char);
        letter = letterOf[unit] = alphabet.chars.length;
        alphabet.chars.push(char);
        alphabet.readings.push(readings);
        letterSignature.push(charSignature(char, readings));
      }
      chars.push(letter);
      signature |= letterSignature[letter]!;
    }
    fieldSignature.push(signature);
  };

  customers.forEach((customer, c) => {
    const own = contactsOf.get(customer.id) ?? [];
    addField('name', customer.name);
    addField('shortName', customer.shortName);
    for (const contact of own) addField('contactName', contact.name);
    for (const phone of customer.phones) addField('phone', phone);
    for (const contact of own) addField('phone', contact.phone);
    customerFields[c + 1] = fieldStart.length;
    for (let f = customerFields[c]!; f < fieldStart.length; f++) customerSignature[c]! |= fieldSignature[f]!;
  });
  fieldStart.push(chars.length);

  return {
    ids: customers.map((customer) => customer.id),
    customerFields,
    fieldStart: Int32Array.from(fieldStart),
    fieldKind: Uint8Array.from(fieldKind),
    chars: Uint32Array.from(chars),
    fieldSignature: Int32Array.from(fieldSignature),
    customerSignature,
    alphabet,
  };
}
