import type { Weighing } from '../model';
import type { LineScanner } from './lineScanner';

/**
 * Readers for the small markers of a line that carry no goods data of their own: weighing
 * method, tax, dates and phone numbers. Each takes what it reads out of the line.
 */

/** Every character a weighing or tax marker below starts with. */
const MARKER_START = /[理按磅过检实抄含不未除开带裸]/;

/** False when the line cannot state a weighing method or tax: most goods lines, spared four pattern runs. */
export function mayStateWeighingOrTax(text: string): boolean {
  return MARKER_START.test(text);
}

const THEORETICAL = /理计|理重|理算|理论重量?|按理/;
const WEIGHED = /磅计|过磅|磅重|检斤|实重|抄码|按磅/;

/** 理计 theoretical or 磅计 weighed, if the line says. */
export function readWeighing(scan: LineScanner): Weighing | undefined {
  if (scan.take(THEORETICAL, /[理按]/)) return 'theoretical';
  if (scan.take(WEIGHED, /[磅检实抄按]/)) return 'weighed';
  return undefined;
}

const TAX_EXCLUDED = /不含税|未税|除税|不含票|不开票|裸价/;
const TAX_INCLUDED = /含税|含票|带票|开票/;

/** `false` when the line says the price is without tax, `true` when it says with tax. */
export function readTax(scan: LineScanner): boolean | undefined {
  if (scan.take(TAX_EXCLUDED, /[税票裸]/)) return false;
  if (scan.take(TAX_INCLUDED, /[税票]/)) return true;
  return undefined;
}

const WORDED_DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?|(?:星期|周|礼拜)[一二三四五六日天]|[今明昨][日天]|(?:上午|下午|晚上)?\d{1,2}[:点]\d{2}分?/g;
const NUMERIC_DATE = /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g;

/** Takes every date, weekday and clock time out of the line; true if there was one. */
export function takeDates(scan: LineScanner): boolean {
  const worded = scan.takeAll(WORDED_DATE, /[月周星礼今明昨:点]/).length;
  return worded + scan.takeAll(NUMERIC_DATE, /\d{4}[-/.]/).length > 0;
}

const PHONE = /(?<!\d)(?:1[3-9]\d[- ]?\d{4}[- ]?\d{4}|0\d{2,3}-\d{7,8}|400-?\d{3}-?\d{4})(?!\d)/g;

/** Takes every mobile or landline number out of the line; true if there was one. */
export function takePhones(scan: LineScanner): boolean {
  return scan.takeAll(PHONE, /\d{7}|\d[- ]\d{4}/).length > 0;
}
