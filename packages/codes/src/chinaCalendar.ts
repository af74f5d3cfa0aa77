/**
 * Calendar days as the departments count them: China Standard Time (UTC+8, no daylight saving),
 * whatever the server's time zone. Dates are `YYYY-MM-DD` strings. Working days are Monday to Friday:
 * public holidays and their make-up days (调休) are not modelled, because no official machine-readable
 * calendar is available to the hub.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The China calendar date of an instant. */
export const chinaDate = (instant: Date = new Date()): string => new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** Today's date in China. */
export const chinaToday = (): string => chinaDate(new Date());

/** The first instant (00:00 in China) of a calendar date. */
export const chinaDayStart = (date: string): Date => new Date(Date.parse(`${date}T00:00:00+08:00`));

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export const isWorkingDay = (date: string): boolean => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

/** The date `days` working days after `date` (the start day itself does not count). */
export function addWorkingDays(date: string, days: number): string {
  let current = date;
  for (let left = days; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}
