import { Problems } from '@hub/runtime';
import { ComplaintStatus, FINAL_STATUSES } from '../entities/ComplaintEnums';
import { chinaDate } from '@hub/codes';

/** The facts of a complaint the cross-field rules look at, whether new, patched or changing status. */
export interface ComplaintState {
  status: ComplaintStatus;
  receivedAt: Date;
  dueAt?: string | null;
  disputeDate?: string | null;
  closedAt?: string | null;
  result?: string | null;
  satisfaction?: number | null;
}

/** Rules across fields (domain.md §11.5): dates in order, a final status has a result and a date. */
export function checkComplaintState(state: ComplaintState, problems: Problems): void {
  const receivedDate = state.receivedAt instanceof Date && !Number.isNaN(state.receivedAt.getTime()) ? chinaDate(state.receivedAt) : null;
  const final = FINAL_STATUSES.includes(state.status);
  if (receivedDate && state.closedAt && state.closedAt < receivedDate) {
    problems.add('DATE_ORDER', 'closedAt', `办结日期（${state.closedAt}）不能早于受理日期（${receivedDate}）`);
  }
  if (receivedDate && state.dueAt && state.dueAt < receivedDate) {
    problems.add('DATE_ORDER', 'dueAt', `办理时限（${state.dueAt}）不能早于受理日期（${receivedDate}）`);
  }
  if (receivedDate && state.disputeDate && state.disputeDate > receivedDate) {
    problems.add('DATE_ORDER', 'disputeDate', `争议发生日期（${state.disputeDate}）不能晚于受理日期（${receivedDate}）`);
  }
  if (final) {
    problems.check(Boolean(state.result?.trim()), 'RESULT_REQUIRED', 'result', `状态为${state.status}时必须填写办理结果`);
    problems.check(Boolean(state.closedAt), 'RESULT_REQUIRED', 'closedAt', `状态为${state.status}时必须填写办结日期`);
  } else if (state.closedAt) {
    problems.add('CLOSED_AT_NOT_ALLOWED', 'closedAt', `状态为${state.status}的投诉举报尚未办结，不能填写办结日期`);
  }
  if (state.satisfaction !== null && state.satisfaction !== undefined && state.status !== ComplaintStatus.closed) {
    problems.add('INVALID_SATISFACTION', 'satisfaction', '只有已办结的投诉举报才能评价满意度');
  }
}
