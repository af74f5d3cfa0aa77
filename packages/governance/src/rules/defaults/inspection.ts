/** 行政检查 (domain.md §3 #chk; field names of the enforcement library's Inspection). */
import type { RuleDefinition } from '../../types';
import { commonRules } from './common';

export const INSPECTION_RULES: RuleDefinition[] = commonRules('INSPECTION', 500)
  .maxLength('planId', '双随机一公开计划id', 64)
  .required('implListCode', '监管事项检查实施清单编码')
  .checksum('implListCode', 'implListCode', '检查实施清单编码应为实施机构统一社会信用代码 + 行使层级(1至5) + 编号')
  .reference('implListCode', 'implList', '检查实施清单编码在检查实施清单中不存在')
  .required('checkForm', '检查形式')
  .maxLength('checkForm', '检查形式', 20)
  .required('checkCategory', '检查类别')
  .codeTable('checkCategory', '检查类别', 'checkCategory', 'error', '（日常、双随机、专项、投诉举报、其他）')
  .maxLength('checkMode', '检查方式', 20)
  .required('result', '检查结果')
  .maxLength('result', '检查结果', 200)
  .required('checkDate', '检查时间')
  .dateOrder('checkDate', 'reportedAt', '报送时间不能早于检查时间')
  .required('inspectors', '检查人员执法证号')
  .maxLength('inspectors', '执法证号', 32)
  .reference('inspectors', 'enforcerCert', '执法证号未在执法人员库登记或在检查时间无效', ['checkDate']).rules;
