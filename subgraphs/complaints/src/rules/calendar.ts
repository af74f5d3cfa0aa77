// Complaints are received and handled in China (UTC+8, no daylight saving): calendar dates, due dates
// and "today" are taken there, whatever the server's time zone.
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar date (YYYY-MM-DD) of an instant in China. */
export const chinaDate = (instant: Date): string => new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** Today's date in China. */
export const chinaToday = (): string => chinaDate(new Date());

/** The first instant of a China calendar date. */
export const chinaDayStart = (date: string): Date => new Date(Date.parse(`${date}T00:00:00+08:00`));

export const addCalendarDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Adds working days, Mon–Fri (public holidays and 调休 are not modelled, as in the seed city). */
export function addWorkingDays(date: string, days: number): string {
  let current = date;
  for (let left = days; left > 0; ) {
    current = addCalendarDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}

/** 办理时限: 15 working days after the day of receipt. */
export const HANDLING_WORKING_DAYS = 15;
export const defaultDueAt = (receivedAt: Date): string => addWorkingDays(chinaDate(receivedAt), HANDLING_WORKING_DAYS);
