/**
 * Working-day arithmetic for the 双公示 deadline (publish within 7 working days of the decision).
 * Working days are Monday to Friday; public holidays and their make-up days are not modelled because
 * no official machine-readable calendar is available to the hub (see domain.md §13).
 */
export const PUBLISH_WITHIN_WORKING_DAYS = 7;

const DAY = 86_400_000;

const weekday = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
const plusDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The date `days` working days after `isoDate` (the start day itself does not count). */
export function addWorkingDays(isoDate: string, days: number): string {
  let date = isoDate;
  for (let left = days; left > 0; ) {
    date = plusDays(date, 1);
    const day = weekday(date);
    if (day !== 0 && day !== 6) left--;
  }
  return date;
}

/** Last day on which a decision of `decisionDate` may be published and still be on time. */
export const publishDeadline = (decisionDate: string) => addWorkingDays(decisionDate, PUBLISH_WITHIN_WORKING_DAYS);

/** Today's date in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
export const todayInChina = (now: Date = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
