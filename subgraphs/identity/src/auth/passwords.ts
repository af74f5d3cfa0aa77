import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { HubError } from '@hub/runtime';

/**
 * Password hashes: `scrypt$N$r$p$saltB64$hashB64`. The parameters travel with each hash, so stronger ones can be
 * introduced later without invalidating old hashes. N = 2^14 with r = 8 costs 16 MB and some 50 ms per check: slow
 * for a guesser, quick for a person; the derivation runs on libuv's thread pool, not the event loop.
 */
const COST = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, N: number, r: number, p: number, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, { N, r, p, maxmem: 256 * N * r * p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, COST.N, COST.r, COST.p, KEY_LENGTH);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Constant-time comparison; a malformed or missing hash never matches (but still costs one derivation). */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    await verifyPassword(password, await dummyHash());
    return false;
  }
  const [, N, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(N), Number(r), Number(p), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/** A hash nobody knows the password of: unknown users are checked against it so they cost the same time. */
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomBytes(16).toString('hex')));
}

export const PASSWORD_MIN_LENGTH = 8;
const PASSWORD_MAX_LENGTH = 128;

/** 密码策略: at least 8 characters, letters and digits both, not the username. */
export function checkPasswordPolicy(password: string, field: string, username?: string): void {
  const ok = password.length >= PASSWORD_MIN_LENGTH && /[A-Za-z]/.test(password) && /\d/.test(password);
  if (!ok) throw new HubError('WEAK_PASSWORD', `密码至少${PASSWORD_MIN_LENGTH}位，且须同时包含字母和数字`, field);
  if (password.length > PASSWORD_MAX_LENGTH) throw new HubError('WEAK_PASSWORD', `密码不能超过${PASSWORD_MAX_LENGTH}个字符`, field);
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    throw new HubError('WEAK_PASSWORD', '密码不能包含登录名', field);
  }
}
