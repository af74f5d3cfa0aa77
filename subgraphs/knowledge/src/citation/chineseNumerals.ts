const DIGITS = '零一二三四五六七八九';
const UNITS: [number, string][] = [[1000, '千'], [100, '百'], [10, '十']];

/**
 * 124 → 一百二十四, the way law texts number articles: 10–19 are 十…十九 (no leading 一), inner zeros are
 * one 零 (一百零一, 一千零一十), and 110 is 一百一十.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`条号应在1到9999之间：${n}`);
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, unit] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += value === 10 && digit === 1 && !out ? unit : DIGITS[digit] + unit;
  }
  if (rest) out += (pendingZero ? '零' : '') + DIGITS[rest];
  return out;
}
