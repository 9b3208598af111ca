import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../catalogue/categories';
import { readBirthday } from '../customers/birthday';
import { companyNameKey } from '../customers/companyName';
import { isPlausiblePhone } from '../customers/phoneNumber';
import type { Contact, Customer } from '../model/customer';
import { yuanToFen } from '../money/fen';
import { normalizeForSearch } from '../search/normalizeForSearch';
import { tonsToKg } from '../weight/tons';
import type { ColumnMapping } from './guessColumnMapping';
import type { ImportField } from './importFields';
import { codeForWord, PAYMENT_WORDS, TYPE_WORDS } from './valueWords';

/** The customer fields an import can set (what a draft record holds, without id and firstContactOn). */
export type ImportedCustomerFields = Omit<Customer, 'id' | 'firstContactOn' | 'referredById'>;
/** The contact fields an import can set; `isKey` is decided when the contact is created. */
export type ImportedContactFields = Omit<Contact, 'id' | 'customerId' | 'isKey'>;

/** One customer of the file: every row that names it (same name), merged. */
export interface ImportedCustomer {
  /** Spreadsheet row numbers (the header is row 1). */
  rows: number[];
  customer: ImportedCustomerFields;
  contacts: ImportedContactFields[];
}

export type ImportErrorCode =
  | 'missing_name'
  | 'bad_phone'
  | 'bad_type'
  | 'bad_category'
  | 'bad_tonnes'
  | 'bad_payment'
  | 'bad_amount'
  | 'unknown_broker'
  | 'bad_birthday'
  | 'missing_contact_name';

/** What is wrong with one cell: the row as the spreadsheet numbers it, the field, the value as read. */
export interface ImportRowError {
  row: number;
  field: ImportField;
  code: ImportErrorCode;
  value: string;
}

export interface ImportRead {
  customers: ImportedCustomer[];
  errors: ImportRowError[];
  /** Rows with nothing in any cell, skipped. */
  emptyRows: number;
  /** Rows with data, valid or not. */
  dataRows: number;
}

export interface ImportContext {
  brokers: ReadonlyArray<{ id: string; name: string }>;
  /** The broker of customers whose row names none (the one importing). */
  defaultBrokerId: string;
}

const LIST_SEPARATORS = /[,，;；、/|\n]+/;

/**
 * Reads a table (first row = headers, every cell as text) through a column mapping. Blank rows
 * are skipped; a row with any bad cell is reported (each bad cell once,
 * by row and field) and left out whole, so nothing half-read is imported. Rows with the same
 * customer name make one customer: the first non-blank value of each field counts, phones, product
 * categories and tags add up, each row's contact is added.
 */
export function readImportRows(table: readonly (readonly string[])[], mapping: ColumnMapping, context: ImportContext): ImportRead {
  const byName = new Map<string, ImportedCustomer>();
  const errors: ImportRowError[] = [];
  let emptyRows = 0;
  let dataRows = 0;
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    const cell = (field: ImportField) => {
      const column = mapping[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    if (cells.every((text) => text.trim() === '')) {
      emptyRows++;
      continue;
    }
    dataRows++;
    const row = r + 1;
    const rowErrors: ImportRowError[] = [];
    const fail = (field: ImportField, code: ImportErrorCode) => rowErrors.push({ row, field, code, value: cell(field) });
    const read = readRow(cell, context, fail);
    if (rowErrors.length > 0 || !read) {
      errors.push(...rowErrors);
      continue;
    }
    const key = companyNameKey(read.customer.name);
    const known = byName.get(key);
    if (known) mergeInto(known, read, row);
    else byName.set(key, { rows: [row], customer: read.customer, contacts: read.contact ? [read.contact] : [] });
  }
  return { customers: [...byName.values()], errors, emptyRows, dataRows };
}

function readRow(
  cell: (field: ImportField) => string,
  context: ImportContext,
  fail: (field: ImportField, code: ImportErrorCode) => void,
): { customer: ImportedCustomerFields; contact?: ImportedContactFields } | undefined {
  const name = cell('name');
  if (name === '') fail('name', 'missing_name');

  const phones = splitList(cell('phones'));
  if (phones.some((phone) => !isPlausiblePhone(phone))) fail('phones', 'bad_phone');

  const typeText = cell('type');
  const type = typeText === '' ? 'both' : codeForWord(TYPE_WORDS, typeText);
  if (!type) fail('type', 'bad_type');

  const categories: CategoryCode[] = [];
  for (const word of splitList(cell('categories'))) {
    const code = categoryFor(word);
    if (!code) {
      fail('categories', 'bad_category');
      break;
    }
    if (!categories.includes(code)) categories.push(code);
  }

  const tonsText = cell('estimatedMonthlyTons').replace(/\s*(吨|t|tons?|tonnes?)$/i, '');
  const estimatedMonthlyKg = tonsText === '' ? undefined : tonsToKg(tonsText);
  if (tonsText !== '' && estimatedMonthlyKg === undefined) fail('estimatedMonthlyTons', 'bad_tonnes');

  const paymentText = cell('paymentPreference');
  const paymentPreference = paymentText === '' ? undefined : codeForWord(PAYMENT_WORDS, paymentText);
  if (paymentText !== '' && !paymentPreference) fail('paymentPreference', 'bad_payment');

  const creditText = cell('creditLimitYuan').replace(/^[¥￥]|\s*元$/g, '');
  const creditLimitFen = creditText === '' ? undefined : yuanToFen(creditText);
  if (creditText !== '' && creditLimitFen === undefined) fail('creditLimitYuan', 'bad_amount');

  const brokerText = cell('broker');
  const brokerId = brokerText === '' ? context.defaultBrokerId : context.brokers.find((b) => b.name === brokerText || b.id === brokerText)?.id;
  if (!brokerId) fail('broker', 'unknown_broker');

  const contact = readContact(cell, fail);
  if (name === '' || !type || !brokerId || contact === null) return undefined;

  const customer: ImportedCustomerFields = { name, type, region: cell('region'), phones, brokerId, categories, tags: splitList(cell('tags')) };
  const optional = { shortName: cell('shortName'), city: cell('city'), address: cell('address'), notes: cell('notes') };
  for (const [field, value] of Object.entries(optional)) if (value !== '') Object.assign(customer, { [field]: value });
  if (estimatedMonthlyKg !== undefined) customer.estimatedMonthlyKg = estimatedMonthlyKg;
  if (paymentPreference) customer.paymentPreference = paymentPreference;
  if (creditLimitFen !== undefined) customer.creditLimitFen = creditLimitFen;
  return contact ? { customer, contact } : { customer };
}

/** The row's contact, undefined when the row has none, null when it has a bad one (already reported). */
function readContact(cell: (field: ImportField) => string, fail: (field: ImportField, code: ImportErrorCode) => void): ImportedContactFields | undefined | null {
  const name = cell('contactName');
  const title = cell('contactTitle');
  const phone = cell('contactPhone');
  const wechat = cell('contactWechat');
  const birthdayText = cell('contactBirthday');
  if ([name, title, phone, wechat, birthdayText].every((value) => value === '')) return undefined;
  let bad = false;
  if (name === '') {
    fail('contactName', 'missing_contact_name');
    bad = true;
  }
  if (phone !== '' && !isPlausiblePhone(phone)) {
    fail('contactPhone', 'bad_phone');
    bad = true;
  }
  const birthday = birthdayText === '' ? undefined : readBirthday(birthdayText);
  if (birthday === null) {
    fail('contactBirthday', 'bad_birthday');
    bad = true;
  }
  if (bad) return null;
  const contact: ImportedContactFields = { name };
  if (title !== '') contact.title = title;
  if (phone !== '') contact.phone = phone;
  if (wechat !== '') contact.wechat = wechat;
  if (birthday) contact.birthday = birthday;
  return contact;
}

function mergeInto(known: ImportedCustomer, read: { customer: ImportedCustomerFields; contact?: ImportedContactFields }, row: number): void {
  known.rows.push(row);
  const target = known.customer;
  for (const [field, value] of Object.entries(read.customer)) {
    if (Array.isArray(value)) {
      const list = target[field as 'phones' | 'categories' | 'tags'] as string[];
      for (const item of value as string[]) if (!list.includes(item)) list.push(item);
    } else if ((target as Record<string, unknown>)[field] === undefined || (target as Record<string, unknown>)[field] === '') {
      Object.assign(target, { [field]: value });
    }
  }
  if (read.contact) known.contacts.push(read.contact);
}

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function categoryFor(word: string): CategoryCode | undefined {
  const wanted = normalizeForSearch(word);
  return CATEGORY_CODES.find((code) => [code, CATEGORIES[code].zh, CATEGORIES[code].en].some((name) => normalizeForSearch(name) === wanted));
}
