/** 其他监管行为 (domain.md §3 #oth; field names of the enforcement library's OtherAction). */
import type { RuleDefinition } from '../../types';
import { commonRules } from './common';

export const OTHER_ACTION_RULES: RuleDefinition[] = commonRules('OTHER_ACTION', 300)
  .maxLength('inspectionActionCode', '检查行为编号', 50)
  .reference('inspectionActionCode', 'inspection', '检查行为编号对应的行政检查不存在', ['orgCode'])
  .maxLength('source', '事项来源', 50)
  .maxLength('measure', '监管措施', 50)
  .maxLength('closing', '结案情况', 200)
  .required('start', '开始时间')
  .dateOrder('start', 'end', '结束时间不能早于开始时间')
  .dateOrder('start', 'reportedAt', '报送时间不能早于开始时间').rules;
