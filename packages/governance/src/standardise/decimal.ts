/**
 * Exact decimal numbers as strings: amounts must not pick up binary floating-point error
 * (12.5万元 is 125000 元, never 124999.99999999999). Canonical form: optional `-`, no leading zeros,
 * no trailing fractional zeros, `0` for zero.
 */

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const SCIENTIFIC = /^([+-]?)(\d+)(?:\.(\d+))?E([+-]?\d{1,3})$/i;
const THOUSANDS = /[,_\s']/g;
const HAS_THOUSANDS = /[,_\s']/;

/** Builds the canonical form of sign + integer digits + fraction digits, the point moved `shift` places right. */
function canonical(negative: boolean, int: string, frac: string, shift: number): string {
  let digits = int + frac;
  let point = int.length + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  } else if (point > digits.length) {
    digits += '0'.repeat(point - digits.length);
  }
  let i = 0;
  while (i < point - 1 && digits.charCodeAt(i) === 48) i++;
  let j = digits.length;
  while (j > point && digits.charCodeAt(j - 1) === 48) j--;
  const intPart = point === 0 ? '0' : digits.slice(i, point);
  const fracPart = digits.slice(point, j);
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && body !== '0' ? `-${body}` : body;
}

/**
 * `1,234.50` → `1234.5`; `-0.0` → `0`; `1.5E+3` → `1500`. Thousands separators (`,` `_` space `'`) are
 * dropped. Null when the text is not a number. Expects width-folded text.
 */
export function parseDecimal(text: string): string | null {
  const s = HAS_THOUSANDS.test(text) ? text.replace(THOUSANDS, '') : text;
  let m = PLAIN.exec(s);
  if (m) {
    const int = m[2];
    const frac = m[3] ?? '';
    if (int.length === 0 && frac.length === 0) return null;
    return canonical(m[1] === '-', int, frac, 0);
  }
  m = SCIENTIFIC.exec(s);
  if (m) return canonical(m[1] === '-', m[2], m[3] ?? '', Number(m[4]));
  return null;
}

/** Moves the decimal point of a canonical decimal: `shiftDecimal('12.5', 4)` → `125000`. */
export function shiftDecimal(value: string, places: number): string {
  const negative = value.charCodeAt(0) === 45;
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  return canonical(negative, int, frac, places);
}
