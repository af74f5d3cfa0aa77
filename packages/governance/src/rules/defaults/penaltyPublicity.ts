/**
 * 双公示 行政处罚 in the 信用中国 format (domain.md §4, §11.6; field names of the credit library's
 * PenaltyPublicity). Amounts are standardised to decimal strings in 万元 (numeric(18,6)).
 */
import type { CodeTable, RuleDefinition } from '../../types';
import { RuleBuilder } from './build';

/** 万元 amounts of numeric(18,6). */
export const WAN_AMOUNT_PATTERN = '^\\d{1,12}(\\.\\d{1,6})?$';

/** publicstatus of 信用中国: the digit is the code. */
export const PUBLICITY_STATUS_TABLE: CodeTable = {
  name: 'publicityStatus',
  title: '公示状态',
  values: [
    { code: '0', label: '正常' },
    { code: '1', label: '撤销' },
    { code: '2', label: '删除' },
  ],
};

/** The party block 行政处罚 and 行政许可 publicity share. */
export function publicityPartyRules(prefix: string): RuleBuilder {
  return new RuleBuilder(prefix)
    .required('partyName', '行政相对人名称')
    .maxLength('partyName', '行政相对人名称', 200)
    .required('partyCategory', '行政相对人类别')
    .codeTable('partyCategory', '行政相对人类别', 'partyNature', 'error', '（法人及非法人组织、自然人、个体工商户）')
    .checksum('uscc', 'uscc', '统一社会信用代码校验位不符或格式错误')
    .maxLength('legalRep', '法定代表人', 50);
}

export const PENALTY_PUBLICITY_RULES: RuleDefinition[] = publicityPartyRules('PENALTY_PUBLICITY')
  .maxLength('regNo', '工商注册号', 50)
  .regex('orgCode', 'FORMAT', '^[0-9A-Z]{8}-?[0-9X]$', '组织机构代码应为8位本体代码加1位校验码（GB 11714）')
  .maxLength('taxNo', '税务登记号', 50)
  .maxLength('instCertNo', '事业单位证书号', 50)
  .maxLength('socialOrgNo', '社会组织登记证号', 50)
  .maxLength('legalRepCertType', '法定代表人证件类型', 20)
  .maxLength('legalRepCertNo', '法定代表人证件号码', 64)
  .required('decisionNo', '行政处罚决定书文号')
  .maxLength('decisionNo', '行政处罚决定书文号', 128)
  .required('illegalType', '违法行为类型')
  .maxLength('illegalType', '违法行为类型', 2000)
  .required('illegalFacts', '违法事实')
  .maxLength('illegalFacts', '违法事实', 5000)
  .required('basis', '处罚依据')
  .maxLength('basis', '处罚依据', 2000)
  .required('penaltyCategory', '处罚类别')
  .maxLength('penaltyCategory', '处罚类别', 256)
  .required('content', '处罚内容')
  .maxLength('content', '处罚内容', 4000)
  .regex('fineWan', 'AMOUNT', WAN_AMOUNT_PATTERN, '罚款金额应为不小于0的金额（万元，最多12位整数、6位小数）')
  .regex('confiscatedWan', 'AMOUNT', WAN_AMOUNT_PATTERN, '没收金额应为不小于0的金额（万元，最多12位整数、6位小数）')
  .maxLength('licenceInfo', '暂扣或吊销证照名称及编号', 200)
  .required('decisionDate', '处罚决定日期')
  .required('publicUntil', '公示截止期')
  .dateOrder('decisionDate', 'publishedAt', '公示日期不能早于处罚决定日期')
  .dateOrder('decisionDate', 'publicUntil', '公示截止期不能早于处罚决定日期')
  .dateOrder('decisionDate', 'validUntil', '处罚有效期不能早于处罚决定日期')
  .required('authority', '处罚机关')
  .maxLength('authority', '处罚机关', 200)
  .required('authorityUscc', '处罚机关统一社会信用代码')
  .checksum('authorityUscc', 'uscc', '处罚机关统一社会信用代码校验位不符或格式错误')
  .required('dataSource', '数据来源单位')
  .maxLength('dataSource', '数据来源单位', 200)
  .required('dataSourceUscc', '数据来源单位统一社会信用代码')
  .checksum('dataSourceUscc', 'uscc', '数据来源单位统一社会信用代码校验位不符或格式错误')
  .codeTable('status', '公示状态', 'publicityStatus', 'error', '（0 正常、1 撤销、2 删除）')
  .maxLength('remark', '备注', 512).rules;
