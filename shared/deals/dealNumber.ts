/**
 * Deal confirmation numbers (成交单号) `<prefix>-<YYYYMMDD>-<device>-<seq>`, e.g.
 * `ZL-20261123-3F9A-007`: the broker's prefix from settings, the market date of the deal, a tag
 * of the laptop that wrote it and that laptop's sequence for the day. Laptops never talk to each
 * other before they sync, so the device tag is what keeps two laptops of one broker (or two
 * brokers who chose the same prefix) from handing out the same number; the store's `&number`
 * index refuses a clash anyway.
 */
export interface DealNumberParts {
  prefix: string;
  /** Market date `YYYY-MM-DD`. */
  date: string;
  /** Four upper-case hex digits naming the laptop (see `deviceTag`). */
  device: string;
  /** 1, 2, 3... per device and day. */
  seq: number;
}

const PREFIX = /^[A-Z]{2,4}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DEVICE = /^[0-9A-F]{4}$/;
const NUMBER = /^([A-Z]{2,4})-(\d{4})(\d{2})(\d{2})-([0-9A-F]{4})-(\d{3,})$/;

/** The number for `parts`; the sequence has at least three digits so a day's numbers sort as they were given. */
export function formatDealNumber({ prefix, date, device, seq }: DealNumberParts): string {
  if (!PREFIX.test(prefix)) throw new RangeError(`deal number: prefix "${prefix}" is not 2-4 capital letters`);
  const day = DATE.exec(date);
  if (!day) throw new RangeError(`deal number: date "${date}" is not YYYY-MM-DD`);
  if (!DEVICE.test(device)) throw new RangeError(`deal number: device tag "${device}" is not 4 hex digits`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`deal number: sequence ${seq} is not a positive whole number`);
  return `${prefix}-${day[1]}${day[2]}${day[3]}-${device}-${String(seq).padStart(3, '0')}`;
}

/** The parts of a number made by `formatDealNumber`, or undefined for any other text. */
export function parseDealNumber(number: string): DealNumberParts | undefined {
  const match = NUMBER.exec(number);
  if (!match) return undefined;
  const [, prefix, year, month, day, device, seq] = match;
  return { prefix: prefix!, date: `${year}-${month}-${day}`, device: device!, seq: Number(seq) };
}

/**
 * A short tag of a device id: the last four hex digits of its UUIDv7, which are random bits (the
 * leading ones are a timestamp, alike for laptops set up the same week).
 */
export function deviceTag(deviceId: string): string {
  const hex = deviceId.replace(/[^0-9a-fA-F]/g, '');
  if (hex.length < 4) throw new RangeError(`deal number: device id "${deviceId}" has too few hex digits for a tag`);
  return hex.slice(-4).toUpperCase();
}
