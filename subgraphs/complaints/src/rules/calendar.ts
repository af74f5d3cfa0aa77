import { addWorkingDays, chinaDate } from '@hub/codes';

/** 办理时限: 15 working days after the day of receipt (China calendar day). */
export const HANDLING_WORKING_DAYS = 15;
export const defaultDueAt = (receivedAt: Date): string => addWorkingDays(chinaDate(receivedAt), HANDLING_WORKING_DAYS);
