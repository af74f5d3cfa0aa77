import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: the code is read out over the phone and typed in by the public.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 6;

/** A fresh 查询码, given to the complainant once; only its hash is stored. */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export const hashQueryCode = (code: string): string => createHash('sha256').update(code.trim().toUpperCase(), 'utf8').digest('hex');

/** Constant-time comparison, so response timing tells nothing about how much of a code was right. */
export function queryCodeMatches(code: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashQueryCode(code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
