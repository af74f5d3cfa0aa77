/**
 * Codes and certificate numbers: upper-case, no inner spaces; a 15-digit citizen ID becomes 18 digits.
 * A code Excel turned into a number (`8.65E+17`) has lost its last digits for good: it is reported,
 * never "repaired". One char-code scan decides what work a value needs: most are clean already.
 */
import { citizenId15To18, isRealCompactDate } from '@hub/codes';

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E\+?\d+$/;
const SPACES = /\s+/g;

const HAS_SPACE = 1;
const HAS_LOWER = 2;
const HAS_E = 4;
const NOT_DIGIT = 8;

function scan(s: string): number {
  let flags = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    flags |= NOT_DIGIT;
    if (c === 69 || c === 101) flags |= HAS_E;
    if (c >= 97 && c <= 122) flags |= HAS_LOWER;
    else if (c <= 32 || c === 0x3000 || c === 0xa0) flags |= HAS_SPACE;
  }
  return flags;
}

/** After upper-casing: true for `8.65E+17`, `8.65E17`. */
export function isScientificNotation(code: string): boolean {
  return code.length <= 24 && SCIENTIFIC.test(code);
}

/** Upper-cased, without whitespace; null when it is a number in scientific notation (digits lost). */
function clean(text: string, flags: number): string | null {
  let s = text;
  if (flags & HAS_SPACE) s = s.replace(SPACES, '');
  if (flags & HAS_LOWER) s = s.toUpperCase();
  return flags & HAS_E && isScientificNotation(s) ? null : s;
}

export function standardiseCode(text: string): string | null {
  const flags = scan(text);
  return flags === 0 ? text : clean(text, flags);
}

/**
 * A certificate number; a 15-digit legacy citizen ID is converted to 18 digits. Old 工商注册号 are also
 * 15 digits: only numbers whose characters 7–12 are a real 19YYMMDD birth date are converted, which
 * leaves most registration numbers alone (the checksum rule judges the result either way).
 */
export function standardiseCertNo(text: string): string | null {
  const flags = scan(text);
  if (flags === 0) {
    return text.length === 15 && isRealCompactDate(`19${text.slice(6, 12)}`) ? citizenId15To18(text) : text;
  }
  const s = clean(text, flags);
  return s !== null && s.length === 15 && !(scan(s) & NOT_DIGIT) ? standardiseCertNo(s) : s;
}
