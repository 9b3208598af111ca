import { CATEGORIES } from '../catalogue/categories';
import type { Contact, Customer } from '../model/customer';
import type { Language } from '../settings/settings';
import { formatScaledDecimal } from '../money/scaledDecimal';
import { formatTons } from '../weight/tons';
import { FIELD_HEADERS, IMPORT_FIELDS, type ImportField } from './importFields';
import { PAYMENT_WORDS, TYPE_WORDS } from './valueWords';

/** Extra read-only columns an export adds after the importable ones (stage, phase, grade…), already worded. */
export interface ExtraColumn<Row> {
  header: string;
  value: (row: Row) => string;
}

const LIST_JOIN = '、';

/**
 * The customers as a table for a spreadsheet: a header row, then one row per contact (a customer
 * without contacts gets one row), in the column layout and words the import reads, so an exported
 * file imports again unchanged. `brokerName` writes brokers by name; `extra` columns follow.
 */
export function customerExportTable<Row extends Customer>(
  customers: readonly Row[],
  contacts: ReadonlyArray<Pick<Contact, 'customerId' | 'name' | 'title' | 'phone' | 'wechat' | 'birthday'>>,
  brokerName: (brokerId: string) => string,
  language: Language,
  extra: ReadonlyArray<ExtraColumn<Row>> = [],
): string[][] {
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  const contactsOf = new Map<string, Array<(typeof contacts)[number]>>();
  for (const contact of contacts) {
    const list = contactsOf.get(contact.customerId);
    if (list) list.push(contact);
    else contactsOf.set(contact.customerId, [contact]);
  }
  const header = [...IMPORT_FIELDS.map((field) => FIELD_HEADERS[field][lang][0]!), ...extra.map((column) => column.header)];
  const rows: string[][] = [header];
  for (const customer of customers) {
    const base: Record<ImportField, string> = {
      name: customer.name,
      shortName: customer.shortName ?? '',
      type: TYPE_WORDS[customer.type][lang][0]!,
      region: customer.region,
      city: customer.city ?? '',
      address: customer.address ?? '',
      phones: customer.phones.join(LIST_JOIN),
      broker: brokerName(customer.brokerId),
      categories: customer.categories.map((code) => CATEGORIES[code][lang]).join(LIST_JOIN),
      estimatedMonthlyTons: customer.estimatedMonthlyKg === undefined ? '' : formatTons(customer.estimatedMonthlyKg),
      paymentPreference: customer.paymentPreference ? PAYMENT_WORDS[customer.paymentPreference][lang][0]! : '',
      creditLimitYuan: customer.creditLimitFen === undefined ? '' : formatScaledDecimal(customer.creditLimitFen, 2),
      tags: customer.tags.join(LIST_JOIN),
      notes: customer.notes ?? '',
      contactName: '',
      contactTitle: '',
      contactPhone: '',
      contactWechat: '',
      contactBirthday: '',
    };
    const extras = extra.map((column) => column.value(customer));
    const own = contactsOf.get(customer.id) ?? [];
    for (const contact of own.length > 0 ? own : [undefined]) {
      const line = contact
        ? { ...base, contactName: contact.name, contactTitle: contact.title ?? '', contactPhone: contact.phone ?? '', contactWechat: contact.wechat ?? '', contactBirthday: contact.birthday ?? '' }
        : base;
      rows.push([...IMPORT_FIELDS.map((field) => line[field]), ...extras]);
    }
  }
  return rows;
}
