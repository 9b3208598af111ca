import type { Random } from './random';

/** Mobile number prefixes (号段) of China's three carriers. */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '166', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];

function digits(rng: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

/** An 11-digit mobile number such as 13812345678. */
export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/** A landline such as 021-56781234: 8 digits after a 3-digit code, 7 or 8 after a 4-digit one. */
export function landlineNumber(rng: Random, areaCode: string): string {
  const length = areaCode.length === 3 || rng.chance(0.5) ? 8 : 7;
  return `${areaCode}-${rng.int(2, 8)}${digits(rng, length - 1)}`;
}

/** A WeChat id as people set them: the phone number, a name with a year, or the default wxid_. */
export function wechatId(rng: Random, syllables: readonly string[], phone: string): string {
  const roll = rng.next();
  if (roll < 0.35) return phone;
  if (roll < 0.7) return `${syllables.join('')}${rng.pick(['', '_'])}${rng.int(1965, 1995)}`;
  let suffix = '';
  for (let i = 0; i < 12; i++) suffix += 'abcdefghijklmnopqrstuvwxyz0123456789'[rng.int(0, 35)];
  return `wxid_${suffix}`;
}
