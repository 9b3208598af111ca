/**
 * A phone number as digits only, the country code `86` dropped from mobile numbers:
 * `+86 138-1234-5678` → `13812345678`, `0551-8760 7900` → `055187607900`. Duplicate checks and
 * imports compare numbers in this form.
 */
export function normalizePhone(text: string): string {
  const digits = text.normalize('NFKC').replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('861') ? digits.slice(2) : digits;
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Area code 0xx or 0xxx, then 7–8 digits. */
const LANDLINE = /^0\d{2,3}\d{7,8}$/;

/** Whether the text reads as a mainland mobile (11 digits from 13x–19x) or a landline with its area code. */
export function isPlausiblePhone(text: string): boolean {
  const digits = normalizePhone(text);
  return MOBILE.test(digits) || LANDLINE.test(digits);
}
