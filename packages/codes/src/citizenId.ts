/**
 * GB 11643-1999 公民身份号码: 6-digit area (GB/T 2260) + birth date YYYYMMDD + 3-digit sequence
 * (odd = male) + check character (0-9 or X).
 */

import { chinaCompactDate, isRealCompactDate, toIsoDate } from './calendarDate';
import { isProvincePrefix } from './provinces';

const CITIZEN_ID_PATTERN = /^\d{17}[\dX]$/;
const FIRST17_PATTERN = /^\d{17}$/;
const CHECK_CHARS = '10X98765432';
/** 2^(18-i) mod 11 for positions 1-17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

export interface CitizenIdOptions {
  /** Full 6-digit area check, e.g. `(c) => divisions.isValid(c, { allowRetired: true })`. */
  isAreaCode?: (adCode: string) => boolean;
  /** Reference time for the "birth date not in the future" rule (default: now). */
  now?: Date;
}

export interface CitizenIdParts {
  adCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'M' | 'F';
}

/** Check character for 17 digits; throws RangeError otherwise. */
export function citizenIdCheckChar(first17: string): string {
  if (!FIRST17_PATTERN.test(first17)) {
    throw new RangeError(`citizen ID body must be 17 digits, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Trims and upper-cases (a lowercase x is common in user input); does not validate. */
export function normalizeCitizenId(s: string): string {
  return s.trim().toUpperCase();
}

/** Strict: 18 characters, uppercase X only (normalise user input first), real past birth date. */
export function isValidCitizenId(s: string, opts: CitizenIdOptions = {}): boolean {
  if (typeof s !== 'string' || !CITIZEN_ID_PATTERN.test(s)) return false;
  if (!isProvincePrefix(s.slice(0, 2))) return false;
  const birth = s.slice(6, 14);
  if (!isRealCompactDate(birth) || birth > chinaCompactDate(opts.now)) return false;
  if (citizenIdCheckChar(s.slice(0, 17)) !== s[17]) return false;
  if (opts.isAreaCode && !opts.isAreaCode(s.slice(0, 6))) return false;
  return true;
}

export function parseCitizenId(s: string, opts: CitizenIdOptions = {}): CitizenIdParts | null {
  if (!isValidCitizenId(s, opts)) return null;
  return {
    adCode: s.slice(0, 6),
    birthDate: toIsoDate(s.slice(6, 14)),
    sex: Number(s[16]) % 2 === 1 ? 'M' : 'F',
  };
}

/**
 * Legacy 15-digit number (area 6 + YYMMDD + sequence 3, all born 19xx) → 18 digits.
 * Throws RangeError unless given 15 digits; validate the result if the input is untrusted.
 */
export function citizenId15To18(s15: string): string {
  if (!/^\d{15}$/.test(s15)) {
    throw new RangeError(`legacy citizen ID must be 15 digits, got "${s15}"`);
  }
  const first17 = `${s15.slice(0, 6)}19${s15.slice(6)}`;
  return first17 + citizenIdCheckChar(first17);
}

/**
 * Builds a valid 18-character number. Throws RangeError when the result could not validate:
 * unknown province prefix, unreal or future birth date, or a sequence that is not 3 digits.
 */
export function makeCitizenId(ad6: string, birthYyyymmdd: string, seq3: string): string {
  if (!/^\d{6}$/.test(ad6) || !isProvincePrefix(ad6.slice(0, 2))) {
    throw new RangeError(`area code must be 6 digits under a GB/T 2260 province, got "${ad6}"`);
  }
  if (!isRealCompactDate(birthYyyymmdd) || birthYyyymmdd > chinaCompactDate()) {
    throw new RangeError(`birth date must be a real past date YYYYMMDD, got "${birthYyyymmdd}"`);
  }
  if (!/^\d{3}$/.test(seq3)) {
    throw new RangeError(`sequence must be 3 digits, got "${seq3}"`);
  }
  const first17 = ad6 + birthYyyymmdd + seq3;
  return first17 + citizenIdCheckChar(first17);
}
