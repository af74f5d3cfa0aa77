/** Calendar checks for the compact `YYYYMMDD` dates embedded in ID numbers and batch numbers. */
import { chinaDate } from './chinaCalendar';

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** True when `yyyymmdd` names a day that exists in the proleptic Gregorian calendar. */
export function isRealCompactDate(yyyymmdd: string): boolean {
  const m = COMPACT_DATE.exec(yyyymmdd);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this month; UTC avoids DST surprises.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** `YYYYMMDD` → `YYYY-MM-DD` (no validation). */
export function toIsoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Today's date as `YYYYMMDD` in China Standard Time (UTC+8, no DST): the dates in these codes are
 * Chinese civil dates, so a server running in UTC must not reject someone born "today" in Beijing.
 */
export function chinaCompactDate(now: Date = new Date()): string {
  return chinaDate(now).replace(/-/g, '');
}
