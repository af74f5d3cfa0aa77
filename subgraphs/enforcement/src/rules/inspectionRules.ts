import { Problems } from '@hub/runtime';
import type { InspectionInput } from '../resolvers/InspectionInput';
import type { Enforcer } from '../entities/Enforcer';
import { isAfterDayStart } from './dates';

export const MIN_INSPECTORS = 2;

/** Rules across fields of an inspection (domain.md §3, §11.4): two inspectors at least, reported after the check. */
export function checkInspectionRules(input: InspectionInput, problems: Problems): void {
  problems.check(input.inspectors.length >= MIN_INSPECTORS, 'INSPECTORS_TOO_FEW', 'inspectors', `行政检查的检查人员不得少于${MIN_INSPECTORS}人`);
  const seen = new Set<string>();
  input.inspectors.forEach((inspector, i) => {
    const certNo = inspector.certNo.trim();
    problems.check(!seen.has(certNo), 'DUPLICATE_INSPECTOR', `inspectors[${i}].certNo`, `检查人员执法证号 ${certNo} 重复`);
    seen.add(certNo);
  });
  problems.check(input.inspectors.filter((x) => x.isLeader).length <= 1, 'INSPECTOR_LEADER', 'inspectors', '检查组长只能有一名');
  if (input.reportedAt && input.checkDate) {
    problems.check(isAfterDayStart(input.reportedAt, input.checkDate), 'DATE_ORDER', 'reportedAt', '报送时间应晚于检查日期');
  }
}

/**
 * Rules that need the enforcer register: each inspector must be an active enforcer whose certificate is
 * valid on the check date and who has no 回避关系 with the subject.
 */
export function checkInspectors(input: InspectionInput, enforcers: Map<string, Enforcer>, problems: Problems): void {
  input.inspectors.forEach((inspector, i) => {
    const field = `inspectors[${i}].certNo`;
    const enforcer = enforcers.get(inspector.certNo.trim());
    if (!enforcer) {
      problems.add('INSPECTOR_CERT_INVALID', field, `执法证号 ${inspector.certNo} 未在执法人员库登记`);
    } else if (!enforcer.isValidOn(input.checkDate)) {
      problems.add('INSPECTOR_CERT_INVALID', field, `执法证号 ${inspector.certNo} 在检查日期 ${input.checkDate} 无效（状态或有效期不符）`);
    } else if (input.subjectId && enforcer.conflicts.some((c) => c.subjectId === input.subjectId && (!c.until || c.until >= input.checkDate))) {
      problems.add('INSPECTOR_CONFLICT', field, `执法人员 ${enforcer.name} 与该监管对象存在回避关系`);
    }
  });
}
