/** 行政强制 (domain.md §3 #frc; field names of the enforcement library's Coercion). */
import type { RuleDefinition } from '../../types';
import { commonRules } from './common';

export const COERCION_RULES: RuleDefinition[] = commonRules('COERCION', 400)
  .required('inspectionActionCode', '检查行为编号')
  .maxLength('inspectionActionCode', '检查行为编号', 50)
  .reference('inspectionActionCode', 'inspection', '检查行为编号对应的行政检查不存在（强制须基于已报送的检查）', ['orgCode'])
  .required('decisionNo', '强制决定书号')
  .maxLength('decisionNo', '强制决定书号', 100)
  .required('kind', '行政强制种类')
  .codeTable('kind', '行政强制种类', 'coercionKind', 'error', '（强制措施、强制执行）')
  .maxLength('measureType', '强制措施类型', 100)
  .maxLength('execType', '强制执行类型', 100)
  .required('basis', '强制依据')
  .maxLength('basis', '强制依据', 1000)
  .required('facts', '违法事实')
  .maxLength('facts', '违法事实', 1000)
  .maxLength('result', '强制结果', 200)
  .required('start', '起始时间')
  .dateOrder('start', 'end', '结束时间不能早于起始时间')
  .dateOrder('start', 'extension', '延长期限不能早于起始时间')
  .dateOrder('start', 'reportedAt', '报送时间不能早于起始时间').rules;
