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

const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a number as law texts and the people citing them write it: 一百二十四, 一百零一, 十二, 两百,
 * 一二四 (digit by digit), 124 and full-width １２４. Undefined for anything else, for zero and for values over 9999.
 */
export function parseChineseNumeral(input: string): number | undefined {
  const text = input.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return +text >= 1 && +text <= 9999 ? +text : undefined;
  if (![...text].every((c) => c in DIGIT_VALUE || c in UNIT_VALUE)) return undefined;
  // Digit by digit (一二四, 一〇一): no unit at all.
  if (![...text].some((c) => c in UNIT_VALUE)) {
    const value = +[...text].map((c) => DIGIT_VALUE[c]).join('');
    return text.length <= 4 && value >= 1 ? value : undefined;
  }
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10_000;
  for (const c of text) {
    if (c in DIGIT_VALUE) {
      if (digit !== undefined && digit !== 0 && DIGIT_VALUE[c] !== 0) return undefined; // 二三十
      digit = DIGIT_VALUE[c];
      continue;
    }
    const unit = UNIT_VALUE[c];
    if (unit >= lastUnit) return undefined; // 十百, 百百
    // 十 alone (十二) means 一十; 零 before a unit (零十) is not a number.
    if (digit === 0) return undefined;
    total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  if (digit) total += digit;
  return total >= 1 && total <= 9999 ? total : undefined;
}
