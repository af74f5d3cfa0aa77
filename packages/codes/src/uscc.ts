/**
 * GB 32100-2015 统一社会信用代码 (unified social credit code, USCC).
 * Layout: [1] 登记管理部门 · [2] 机构类别 · [3-8] 登记机关区划 (GB/T 2260) ·
 * [9-17] 主体标识码 (a GB 11714 organization code incl. its check) · [18] check.
 */

import { isValidOrgCode, orgCodeCheckChar } from './orgCode';

/** The 31 code characters; a character's value is its index. I, O, S, V, Z are excluded. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const FIRST17_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}$/;
const PREFIX_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}$/;
const AD_CODE_PATTERN = /^\d{6}$/;
const ORG_BODY_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{8}$/;

/** 3^(i-1) mod 31 for positions 1-17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export interface UsccParts {
  /** 登记管理部门代码 (position 1). */
  registrationDept: string;
  /** 机构类别代码 (position 2). */
  orgCategory: string;
  /** 登记管理机关行政区划码 (positions 3-8). */
  adCode: string;
  /** 主体标识码 as embedded: 8 body characters + GB 11714 check, no hyphen (positions 9-17). */
  orgCode: string;
  /** Check character (position 18). */
  check: string;
}

export interface UsccOptions {
  /** Also require positions 9-17 to pass GB 11714 (default true; every real code seen does). */
  checkOrgCode?: boolean;
  /** Optional GB/T 2260 check of positions 3-8, e.g. `(c) => divisions.isValid(c, { allowRetired: true })`. */
  isAdCode?: (adCode: string) => boolean;
}

/** Check character for the first 17 characters; throws RangeError if they are malformed. */
export function usccCheckChar(first17: string): string {
  if (!FIRST17_PATTERN.test(first17)) {
    throw new RangeError(`USCC body must be 17 characters matching the GB 32100 layout, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  // The outer mod maps 31 back to 0 when the sum is divisible by 31 (check character '0').
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** Trims and upper-cases user input; does not validate (isValidUscc is strict about case). */
export function normalizeUscc(s: string): string {
  return s.trim().toUpperCase();
}

export function isValidUscc(s: string, opts: UsccOptions = {}): boolean {
  if (typeof s !== 'string' || !USCC_PATTERN.test(s)) return false;
  // '0' is assigned to neither a registration department nor an organization category;
  // this rejects all-zero placeholders such as 000000000000000000, which pass both checksums.
  if (s[0] === '0' || s[1] === '0') return false;
  if (usccCheckChar(s.slice(0, 17)) !== s[17]) return false;
  if (opts.checkOrgCode !== false && !isValidOrgCode(s.slice(8, 17))) return false;
  if (opts.isAdCode && !opts.isAdCode(s.slice(2, 8))) return false;
  return true;
}

/** Splits a valid code into its parts; null when `isValidUscc` rejects it. */
export function parseUscc(s: string, opts: UsccOptions = {}): UsccParts | null {
  if (!isValidUscc(s, opts)) return null;
  return {
    registrationDept: s[0],
    orgCategory: s[1],
    adCode: s.slice(2, 8),
    orgCode: s.slice(8, 17),
    check: s[17],
  };
}

/**
 * Builds a valid USCC from its prefix (positions 1-2), registration area and an 8-character
 * organization body, computing both the GB 11714 and the GB 32100 check characters.
 * Throws RangeError on malformed input (the body may not use I, O, S, V or Z).
 */
export function makeUscc(prefix2: string, adCode6: string, orgBody8: string): string {
  if (!PREFIX_PATTERN.test(prefix2) || prefix2.includes('0')) {
    throw new RangeError(`USCC prefix must be 2 code characters other than 0, got "${prefix2}"`);
  }
  if (!AD_CODE_PATTERN.test(adCode6)) {
    throw new RangeError(`USCC area code must be 6 digits, got "${adCode6}"`);
  }
  if (!ORG_BODY_PATTERN.test(orgBody8)) {
    throw new RangeError(`USCC organization body must be 8 USCC code characters, got "${orgBody8}"`);
  }
  const first17 = prefix2 + adCode6 + orgBody8 + orgCodeCheckChar(orgBody8);
  return first17 + usccCheckChar(first17);
}
