import { addWorkingDays } from '@hub/codes';

/** 双公示: a penalty decision is published within 7 working days (Mon–Fri, see @hub/codes chinaCalendar). */
export const PUBLISH_WITHIN_WORKING_DAYS = 7;

/** Last day on which a decision of `decisionDate` may be published and still be on time. */
export const publishDeadline = (decisionDate: string) => addWorkingDays(decisionDate, PUBLISH_WITHIN_WORKING_DAYS);
