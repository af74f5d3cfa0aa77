/**
 * GB 11714-1997 组织机构代码: 8 body characters (0-9, A-Z) and one check character.
 * Displayed as `XXXXXXXX-C`; embedded without the hyphen in positions 9-17 of a USCC.
 */

const BODY_PATTERN = /^[0-9A-Z]{8}$/;
const ORG_CODE_PATTERN = /^([0-9A-Z]{8})-?([0-9X])$/;
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Digits keep their value, letters A-Z count 10-35 (base-36 digit value). */
function charValue(c: string): number {
  return parseInt(c, 36);
}

/** Check character for an 8-character body; throws RangeError if the body is malformed. */
export function orgCodeCheckChar(body8: string): string {
  if (!BODY_PATTERN.test(body8)) {
    throw new RangeError(`organization code body must be 8 characters of 0-9A-Z, got "${body8}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body8[i]) * WEIGHTS[i];
  const r = 11 - (sum % 11);
  // r is 1..11: 10 is written X, 11 (sum divisible by 11) is written 0.
  if (r === 10) return 'X';
  if (r === 11) return '0';
  return String(r);
}

/** Accepts `XXXXXXXX-C` or `XXXXXXXXC`, uppercase only. */
export function isValidOrgCode(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = ORG_CODE_PATTERN.exec(s);
  return m !== null && orgCodeCheckChar(m[1]) === m[2];
}

/** Canonical display form `XXXXXXXX-C`, or null when the code is invalid. */
export function formatOrgCode(s: string): string | null {
  if (!isValidOrgCode(s)) return null;
  const compact = s.replace('-', '');
  return `${compact.slice(0, 8)}-${compact[8]}`;
}
