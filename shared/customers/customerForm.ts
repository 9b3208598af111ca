import type { CategoryCode } from '../catalogue/categories';
import type { Customer } from '../model/customer';
import { yuanToFen } from '../money/fen';
import { formatScaledDecimal } from '../money/scaledDecimal';
import { formatTons, tonsToKg } from '../weight/tons';
import { isPlausiblePhone } from './phoneNumber';

/** A customer form as typed: text fields, the chosen categories. */
export interface CustomerFormValues {
  name: string;
  shortName: string;
  type: Customer['type'];
  region: string;
  city: string;
  address: string;
  /** Several numbers separated by commas or semicolons (spaces may group the digits of one). */
  phones: string;
  brokerId: string;
  categories: readonly CategoryCode[];
  monthlyTons: string;
  paymentPreference: Customer['paymentPreference'] | '';
  creditLimitYuan: string;
  /** Several tags separated by commas. */
  tags: string;
  notes: string;
}

export type CustomerFormError =
  | { field: 'name'; code: 'required' }
  | { field: 'phones'; code: 'bad_phone'; phone: string }
  | { field: 'monthlyTons'; code: 'bad_tonnes' }
  | { field: 'creditLimitYuan'; code: 'bad_amount' };

/** The editable fields of a customer (what a create writes, what an edit patches). */
export type CustomerFormFields = Omit<Customer, 'id' | 'firstContactOn' | 'referredById'>;

/** The form values of an existing customer (empty fields for a new one come from `emptyCustomerForm`). */
export function customerFormValues(customer: CustomerFormFields): CustomerFormValues {
  return {
    name: customer.name,
    shortName: customer.shortName ?? '',
    type: customer.type,
    region: customer.region,
    city: customer.city ?? '',
    address: customer.address ?? '',
    phones: customer.phones.join(', '),
    brokerId: customer.brokerId,
    categories: customer.categories,
    monthlyTons: customer.estimatedMonthlyKg === undefined ? '' : formatTons(customer.estimatedMonthlyKg),
    paymentPreference: customer.paymentPreference ?? '',
    creditLimitYuan: customer.creditLimitFen === undefined ? '' : formatScaledDecimal(customer.creditLimitFen, 2, { minDecimals: 0 }),
    tags: customer.tags.join(', '),
    notes: customer.notes ?? '',
  };
}

export function emptyCustomerForm(brokerId: string): CustomerFormValues {
  return customerFormValues({ name: '', type: 'buyer', region: '', phones: [], brokerId, categories: [], tags: [] });
}

const SEPARATORS = /[,，;；、\n]+/;

/**
 * The customer the form describes, or every problem with it (each field once). Optional fields left
 * blank are left out (an edit then clears them).
 */
export function readCustomerForm(values: CustomerFormValues): { fields: CustomerFormFields } | { errors: CustomerFormError[] } {
  const errors: CustomerFormError[] = [];
  const name = values.name.trim();
  if (name === '') errors.push({ field: 'name', code: 'required' });
  const phones = values.phones.split(SEPARATORS).map((phone) => phone.trim()).filter((phone) => phone !== '');
  const badPhone = phones.find((phone) => !isPlausiblePhone(phone));
  if (badPhone !== undefined) errors.push({ field: 'phones', code: 'bad_phone', phone: badPhone });
  const tons = values.monthlyTons.trim();
  const estimatedMonthlyKg = tons === '' ? undefined : tonsToKg(tons);
  if (tons !== '' && estimatedMonthlyKg === undefined) errors.push({ field: 'monthlyTons', code: 'bad_tonnes' });
  const yuan = values.creditLimitYuan.trim();
  const creditLimitFen = yuan === '' ? undefined : yuanToFen(yuan);
  if (yuan !== '' && creditLimitFen === undefined) errors.push({ field: 'creditLimitYuan', code: 'bad_amount' });
  if (errors.length > 0) return { errors };

  const fields: CustomerFormFields = {
    name,
    type: values.type,
    region: values.region.trim(),
    phones,
    brokerId: values.brokerId,
    categories: [...values.categories],
    tags: values.tags.split(/[,，;；、]+/).map((tag) => tag.trim()).filter((tag) => tag !== ''),
  };
  const optional = { shortName: values.shortName, city: values.city, address: values.address, notes: values.notes };
  for (const [field, value] of Object.entries(optional)) if (value.trim() !== '') Object.assign(fields, { [field]: value.trim() });
  if (estimatedMonthlyKg !== undefined) fields.estimatedMonthlyKg = estimatedMonthlyKg;
  if (values.paymentPreference) fields.paymentPreference = values.paymentPreference;
  if (creditLimitFen !== undefined) fields.creditLimitFen = creditLimitFen;
  return { fields };
}

export interface BrokerChoice {
  id: string;
  name: string;
}

/**
 * The brokers a customer form offers, and the broker a new customer gets. A workstation paired as
 * a broker gives new customers to its own broker (the hub takes a broker's customers only under
 * their own id), and offers that broker even before the first sync has brought its record (shown
 * by id until then); an edited customer's broker is offered too, so opening the form never
 * changes it. Elsewhere a new customer gets the first broker of the book.
 */
export function brokerChoices(brokers: readonly BrokerChoice[], pairedBrokerId: string | undefined, editedBrokerId?: string): { options: BrokerChoice[]; preselected: string } {
  const options = [...brokers];
  for (const id of [pairedBrokerId, editedBrokerId]) {
    if (id && !options.some((broker) => broker.id === id)) options.push({ id, name: id });
  }
  return { options, preselected: pairedBrokerId ?? options[0]?.id ?? '' };
}
