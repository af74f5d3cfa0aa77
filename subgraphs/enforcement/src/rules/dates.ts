/** Dates of the records are Beijing calendar days; a timestamp is "after" a day once that day has begun there. */
const BEIJING_OFFSET = '+08:00';

/** True when `instant` is later than the start (00:00 Beijing time) of `day`. */
export function isAfterDayStart(instant: Date, day: string): boolean {
  return instant.getTime() > new Date(`${day}T00:00:00${BEIJING_OFFSET}`).getTime();
}

/** The Beijing calendar day of an instant, `YYYY-MM-DD`. */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Today's Beijing calendar day. */
export const beijingToday = () => beijingDay(new Date());
