import type { Contact } from '../model/customer';
import { readBirthday } from './birthday';
import { isPlausiblePhone } from './phoneNumber';

/** A contact form as typed. */
export interface ContactFormValues {
  name: string;
  title: string;
  phone: string;
  wechat: string;
  /** `MM-DD`, `3-25`, `3月25日` or a full date. */
  birthday: string;
  isKey: boolean;
}

export type ContactFormError = { field: 'name'; code: 'required' } | { field: 'phone'; code: 'bad_phone' } | { field: 'birthday'; code: 'bad_birthday' };

/** The contact the form describes (blank optional fields left out), or every problem with it. */
export function readContactForm(values: ContactFormValues): { fields: Omit<Contact, 'id' | 'customerId'> } | { errors: ContactFormError[] } {
  const errors: ContactFormError[] = [];
  const name = values.name.trim();
  const phone = values.phone.trim();
  const birthdayText = values.birthday.trim();
  if (name === '') errors.push({ field: 'name', code: 'required' });
  if (phone !== '' && !isPlausiblePhone(phone)) errors.push({ field: 'phone', code: 'bad_phone' });
  const birthday = birthdayText === '' ? undefined : readBirthday(birthdayText);
  if (birthday === null) errors.push({ field: 'birthday', code: 'bad_birthday' });
  if (errors.length > 0) return { errors };
  const fields: Omit<Contact, 'id' | 'customerId'> = { name, isKey: values.isKey };
  if (values.title.trim() !== '') fields.title = values.title.trim();
  if (phone !== '') fields.phone = phone;
  if (values.wechat.trim() !== '') fields.wechat = values.wechat.trim();
  if (birthday) fields.birthday = birthday;
  return { fields };
}
