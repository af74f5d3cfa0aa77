import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaDate } from '@hub/codes';

/** Created by the initial migration; cycles after 9 999 999 so numbers keep their 7 digits. */
export const COMPLAINT_NO_SEQUENCE = '"complaints"."complaint_no_seq"';

/** TS + 受理日期 (YYYYMMDD, China) + 7-digit number from the sequence, e.g. TS202611230000042. */
export async function nextComplaintNo(em: EntityManager, receivedAt: Date): Promise<string> {
  const [{ n }] = await em.getConnection().execute<{ n: string }[]>(`select nextval('${COMPLAINT_NO_SEQUENCE}') as n`);
  return `TS${chinaDate(receivedAt).replace(/-/g, '')}${String(n).padStart(7, '0')}`;
}
