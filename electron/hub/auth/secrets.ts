import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { PAIRING_CODE_ALPHABET, PAIRING_CODE_LENGTH } from '../../../shared/sync/pairing';

/**
 * Bearer tokens are `<kind>.<id>.<secret>`: the id finds the row, the 256-bit secret proves
 * possession. The hub stores only the SHA-256 of the secret and compares in constant time.
 */
export type TokenKind = 'device' | 'office';

const PREFIX: Record<TokenKind, string> = { device: 'sdd', office: 'sdo' };

export interface IssuedToken {
  token: string;
  hash: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function issueToken(kind: TokenKind, id: string): IssuedToken {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${PREFIX[kind]}.${id}.${secret}`, hash: hashSecret(secret) };
}

/** The parts of a bearer token of the expected kind, or undefined when it is not one. */
export function readToken(kind: TokenKind, token: string): { id: string; secret: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX[kind] || !parts[1] || !parts[2]) return undefined;
  return { id: parts[1], secret: parts[2] };
}

/** Constant-time check of a presented secret against a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** A fresh pairing code in canonical form (see shared/sync/pairing.ts). */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)];
  return code;
}

/** `XXXX-XXXX`, as shown to the office. */
export function formatPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
