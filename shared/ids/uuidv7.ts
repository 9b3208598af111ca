/** A source of random bytes: the platform's CSPRNG by default, a seeded one for demo data. */
export type RandomBytes = (length: number) => Uint8Array;

declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

export const secureRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds then random bits. Ids sort by creation time and
 * laptops can make them offline without colliding.
 */
export function uuidv7(nowMs: number = Date.now(), random: RandomBytes = secureRandomBytes): string {
  if (!Number.isSafeInteger(nowMs) || nowMs < 0) throw new RangeError(`uuidv7: bad timestamp ${nowMs}`);
  const bytes = new Uint8Array(16);
  let ms = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random(10), 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  // Joined, not appended: `+=` leaves a tree of string pieces that every later read and hash walks.
  const parts: string[] = [];
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) parts.push('-');
    parts.push(HEX[bytes[i]!]!);
  }
  return parts.join('');
}

/** The creation time encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
