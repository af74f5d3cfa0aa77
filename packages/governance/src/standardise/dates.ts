/**
 * Dates as departments write them → `YYYY-MM-DD` (date) or `YYYY-MM-DDTHH:mm:ss+08:00` (datetime).
 * Accepted: 2024-01-02, 2024/1/2, 2024.1.2, 2024年1月2日, 20240102, 20240102134500, Excel serials
 * (20000–80000, fraction = time of day), each optionally followed by a time (13:45, 13:45:00.5,
 * 13时45分) and a zone (Z, +08:00, +0800). Without a zone the time is Beijing time (UTC+8, no DST).
 * Hand-written on precompiled regexes and integer arithmetic: this runs for every row.
 */
import { civilFromDays, daysFromCivil, formatDate, formatDateTime, isRealDate } from './civil';
import { EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN, excelSerialToDays } from './excelSerial';

const SEPARATED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:(?<=日)\s*|\s*T\s*|\s+)(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})(?:\.\d+)?)?\s*[分秒]?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
/** `Tue Jan 02 2024 13:45:00 GMT+0800 (中国标准时间)`: what String(date) gives when a reader stringifies a Date. */
const JS_DATE_STRING = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/;

const BEIJING_MIN = 480;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Parsed parts, in Beijing time once `parseParts` returns true. Module-level scratch: no per-call allocation. */
const p = { y: 0, m: 0, d: 0, h: 0, mi: 0, s: 0, hasTime: false };
const civil = [0, 0, 0];

function zoneMinutes(z: string): number {
  if (z === 'Z' || z === 'z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const hh = Number(z.slice(1, 3));
  const mm = Number(z.slice(z.length - 2));
  return sign * (hh * 60 + mm);
}

/** Moves the parsed instant from `offset` minutes east of UTC to Beijing time. */
function toBeijing(offset: number): void {
  if (offset === BEIJING_MIN) return;
  let total = daysFromCivil(p.y, p.m, p.d) * 1440 + p.h * 60 + p.mi - offset + BEIJING_MIN;
  const days = Math.floor(total / 1440);
  total -= days * 1440;
  civilFromDays(days, civil);
  p.y = civil[0];
  p.m = civil[1];
  p.d = civil[2];
  p.h = Math.floor(total / 60);
  p.mi = total % 60;
}

function setTime(h: string | undefined, mi: string | undefined, s: string | undefined): boolean {
  p.hasTime = h !== undefined;
  p.h = h === undefined ? 0 : Number(h);
  p.mi = mi === undefined ? 0 : Number(mi);
  p.s = s === undefined ? 0 : Number(s);
  return p.h <= 23 && p.mi <= 59 && p.s <= 59;
}

function fromSerial(text: string): boolean {
  const serial = Number(text);
  if (serial < EXCEL_SERIAL_MIN || serial > EXCEL_SERIAL_MAX) return false;
  const days = excelSerialToDays(serial);
  if (days === null) return false;
  civilFromDays(days, civil);
  p.y = civil[0];
  p.m = civil[1];
  p.d = civil[2];
  // The fraction is the time of day; round to the second (Excel stores binary fractions).
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  p.hasTime = seconds > 0;
  if (seconds >= 86400) return false;
  p.h = Math.floor(seconds / 3600);
  p.mi = Math.floor((seconds % 3600) / 60);
  p.s = seconds % 60;
  return true;
}

function fromJsDateString(text: string): boolean {
  const ms = Date.parse(text.slice(0, 33));
  if (Number.isNaN(ms)) return false;
  const minutes = Math.floor(ms / 60000) + BEIJING_MIN;
  const days = Math.floor(minutes / 1440);
  civilFromDays(days, civil);
  p.y = civil[0];
  p.m = civil[1];
  p.d = civil[2];
  p.h = Math.floor((minutes - days * 1440) / 60);
  p.mi = (minutes - days * 1440) % 60;
  p.s = Math.floor(ms / 1000) % 60;
  p.hasTime = true;
  return true;
}

/** Two digits at i as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The forms most files use, read by char codes without a regex: `YYYY-MM-DD`, `YYYY/MM/DD` and either
 * followed by ` HH:mm:ss` or `THH:mm:ss`. Returns undefined when the text has another form.
 */
function parseCommon(s: string): boolean | undefined {
  if (s.length !== 10 && s.length !== 19) return undefined;
  const sep = s.charCodeAt(4);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(7) !== sep) return undefined;
  const hi = digits2(s, 0);
  const lo = digits2(s, 2);
  const m = digits2(s, 5);
  const d = digits2(s, 8);
  if (hi < 0 || lo < 0 || m < 0 || d < 0) return undefined;
  if (s.length === 19) {
    const t = s.charCodeAt(10);
    if ((t !== 32 && t !== 84) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
    const h = digits2(s, 11);
    const mi = digits2(s, 14);
    const sec = digits2(s, 17);
    if (h < 0 || mi < 0 || sec < 0) return undefined;
    p.hasTime = true;
    p.h = h;
    p.mi = mi;
    p.s = sec;
    if (h > 23 || mi > 59 || sec > 59) return false;
  } else {
    p.hasTime = false;
    p.h = p.mi = p.s = 0;
  }
  p.y = hi * 100 + lo;
  p.m = m;
  p.d = d;
  return p.y >= MIN_YEAR && p.y <= MAX_YEAR && isRealDate(p.y, m, d);
}

/** Fills `p` from cleaned text; false when the text is no date or names an impossible one. */
function parseParts(text: string): boolean {
  const common = parseCommon(text);
  if (common !== undefined) return common;
  let m = SEPARATED.exec(text);
  let zone: string | undefined;
  if (m) {
    if (!setTime(m[4], m[5], m[6])) return false;
    zone = m[7];
  } else if ((m = COMPACT.exec(text))) {
    if (!setTime(m[4], m[5], m[6])) return false;
  } else if (SERIAL.test(text)) {
    return fromSerial(text);
  } else if (JS_DATE_STRING.test(text)) {
    return fromJsDateString(text);
  } else {
    return false;
  }
  p.y = Number(m[1]);
  p.m = Number(m[2]);
  p.d = Number(m[3]);
  if (p.y < MIN_YEAR || p.y > MAX_YEAR || !isRealDate(p.y, p.m, p.d)) return false;
  if (zone !== undefined) toBeijing(zoneMinutes(zone));
  return true;
}

/** `YYYY-MM-DD` (Beijing calendar day), or null when the text is not a real date. */
export function parseDate(text: string): string | null {
  if (!parseParts(text)) return null;
  // Already canonical (the usual case): keep the very string.
  return text.length === 10 && text.charCodeAt(4) === 45 ? text : formatDate(p.y, p.m, p.d);
}

/** `YYYY-MM-DDTHH:mm:ss+08:00`, or null. A date alone means 00:00 Beijing time. */
export function parseDateTime(text: string): string | null {
  return parseParts(text) ? formatDateTime(p.y, p.m, p.d, p.h, p.mi, p.s) : null;
}
