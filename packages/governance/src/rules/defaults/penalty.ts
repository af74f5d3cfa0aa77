/**
 * 行政处罚 (domain.md §3 #pun, lengths from #punUI). Field names follow the enforcement library's Penalty;
 * its embedded parts are flattened with a dot (`closing.date`, `legalReview.opinion`), and the inspection
 * it hangs off is named by its 检查行为编号 (`inspectionActionCode`), resolved to an id by the library.
 */
import type { RuleDefinition } from '../../types';
import { commonRules } from './common';

/** Amounts are standardised to canonical decimal strings in 元. */
const AMOUNT = '^\\d+(\\.\\d{1,2})?$';

export const PENALTY_RULES: RuleDefinition[] = commonRules('PENALTY', 500)
  .required('inspectionActionCode', '检查行为编号')
  .maxLength('inspectionActionCode', '检查行为编号', 50)
  .reference('inspectionActionCode', 'inspection', '检查行为编号对应的行政检查不存在（处罚须基于已报送的检查）', ['orgCode'])
  .maxLength('caseNo', '案件编号', 100)
  .required('caseSource', '案件来源')
  .maxLength('caseSource', '案件来源', 50)
  .required('illegalFacts', '违法事实')
  .maxLength('illegalFacts', '违法事实', 400)
  .required('basis', '处罚依据')
  .maxLength('basis', '处罚依据', 400)
  .required('procedure', '处罚程序')
  .codeTable('procedure', '处罚程序', 'penaltyProcedure', 'error', '（简易、一般）')
  .required('hearing', '是否听证')
  .required('criminal', '是否涉刑案件')
  .maxLength('legalReview.opinion', '法制审核意见', 400)
  .maxLength('collective.conclusion', '集体讨论结论', 400)
  .maxLength('licenceRevoked.name', '暂扣或吊销证照名称', 200)
  .maxLength('licenceRevoked.no', '暂扣或吊销证照编号', 100)
  .required('decisionNo', '处罚文书号')
  .maxLength('decisionNo', '处罚文书号', 100)
  .required('decisionDate', '作出行政处罚决定日期')
  .required('penaltyTypes', '处罚种类')
  .codeTable('penaltyTypes', '处罚种类', 'penaltyType', 'error', '（01 警告 … 14 责令关闭）')
  .regex('fineYuan', 'AMOUNT', AMOUNT, '罚款金额应为不小于0的金额（元，最多两位小数）')
  .regex('confiscatedYuan', 'AMOUNT', AMOUNT, '没收金额应为不小于0的金额（元，最多两位小数）')
  .required('resultText', '处罚结果')
  .maxLength('resultText', '处罚结果', 1000)
  .required('reconsideration', '行政复议')
  .maxLength('reconsideration', '行政复议', 20)
  .required('litigation', '行政诉讼')
  .maxLength('litigation', '行政诉讼', 20)
  .maxLength('closing.mode', '结案执行方式', 20)
  .maxLength('closing.result', '结案执行结果', 200)
  .regex('closing.paidYuan', 'AMOUNT', AMOUNT, '结案实缴罚款金额应为不小于0的金额（元，最多两位小数）')
  .required('closing.noPenalty', '结案—不予行政处罚')
  // 立案时间 ≤ 决定日期 ≤ 结案日期 ≤ 报送时间 (each pair skipped while either date is empty).
  .dateOrder('filedAt', 'decisionDate', '作出行政处罚决定日期不能早于立案时间')
  .dateOrder('decisionDate', 'closing.date', '结案日期不能早于作出行政处罚决定日期')
  .dateOrder('filedAt', 'closing.date', '结案日期不能早于立案时间')
  .dateOrder('closing.date', 'reportedAt', '报送时间不能早于结案日期')
  .dateOrder('decisionDate', 'reportedAt', '报送时间不能早于作出行政处罚决定日期')
  .dateOrder('legalReview.date', 'decisionDate', '法制审核日期晚于处罚决定日期，请核实', true, 'warning')
  .dateOrder('collective.date', 'decisionDate', '集体讨论日期晚于处罚决定日期，请核实', true, 'warning')
  .dateOrder('filedAt', 'transferredAt', '移送时间不能早于立案时间').rules;
