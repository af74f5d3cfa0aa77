import { chinaDayStart } from '@hub/codes';

/** Dates of the records are China calendar days: a timestamp is "after" a day once that day has begun there. */
export function isAfterDayStart(instant: Date, day: string): boolean {
  return instant.getTime() > chinaDayStart(day).getTime();
}
