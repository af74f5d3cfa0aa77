import { Problems } from '@hub/runtime';
import type { PenaltyInput } from '../resolvers/PenaltyInput';
import type { Inspection } from '../entities/Inspection';
import { isAfterDayStart } from './dates';

/**
 * 立案时间 < 结案日期 < 报送时间 (domain.md §3). The problem names the later field of the broken pair;
 * without a closing date the report must still follow the filing. 报送时间 defaults to now.
 */
export function checkPenaltyRules(input: PenaltyInput, problems: Problems, now = new Date()): void {
  const closingDate = input.closing?.date ?? null;
  const reportedAt = input.reportedAt ?? now;
  if (input.filedAt && closingDate) {
    problems.check(input.filedAt < closingDate, 'DATE_ORDER', 'closing.date', '结案日期应晚于立案日期');
  }
  if (closingDate) {
    problems.check(isAfterDayStart(reportedAt, closingDate), 'DATE_ORDER', 'reportedAt', '报送时间应晚于结案日期');
  } else if (input.filedAt) {
    problems.check(isAfterDayStart(reportedAt, input.filedAt), 'DATE_ORDER', 'reportedAt', '报送时间应晚于立案日期');
  }
  if (input.filedAt) {
    problems.check(input.filedAt <= input.decisionDate, 'DATE_ORDER', 'decisionDate', '处罚决定日期不能早于立案日期');
  }
  const fine = input.penaltyTypes.includes('02');
  problems.check(!fine || input.fineYuan != null, 'FINE_REQUIRED', 'fineYuan', '处罚种类含罚款时须填写罚款金额');
}

/** The decision cannot come before the inspection it follows. */
export function checkAgainstInspection(input: PenaltyInput, inspection: Inspection, problems: Problems): void {
  problems.check(input.decisionDate >= inspection.checkDate, 'DATE_ORDER', 'decisionDate', `处罚决定日期不能早于检查日期 ${inspection.checkDate}`);
}
