import type { FieldSpec, RecordTypeSpec } from '@hub/governance';
import { COMMON_FIELDS } from './inspectionSpec';

/**
 * The common block of a behaviour record with the record's own 行为名称/行为编号 headers (处罚行为名称 …):
 * `检查行为编号` is then free to name the inspection the record follows (`inspectionActionCode`).
 */
function commonFields(word: string): FieldSpec[] {
  return COMMON_FIELDS.map((f) => {
    if (f.name === 'actionName') return { ...f, header: `${word}行为名称`, aliases: ['行为名称'], example: `${word}行为名称` };
    if (f.name === 'actionCode') return { ...f, header: `${word}行为编号`, aliases: ['行为编号'], example: `${word === '处罚' ? 'CF' : word === '强制' ? 'QZ' : 'QT'}2024000001` };
    return f;
  });
}

const inspectionActionCode = (required: boolean): FieldSpec => ({
  name: 'inspectionActionCode', header: '检查行为编号', aliases: ['check_action_code', '关联检查行为编号'], kind: 'code', required, maxLength: 50,
  example: 'JC2024000001', description: '所依据的行政检查的行为编号（同一实施机构）',
});

/**
 * 行政处罚 (domain.md §3 #pun). Embedded parts keep the dotted names of the default rules
 * (`closing.date`, `legalReview.opinion`): the library builds its JSON columns from them. Natural key: 处罚文书号.
 */
export const penaltySpec: RecordTypeSpec = {
  type: 'penalty',
  title: '行政处罚行为',
  library: 'enforcement',
  naturalKey: ['decisionNo'],
  fields: [
    ...commonFields('处罚'),
    inspectionActionCode(true),
    { name: 'caseNo', header: '案件编号', aliases: ['案号'], kind: 'text', maxLength: 100, example: '杭市监案〔2024〕1号' },
    { name: 'caseSource', header: '案件来源', kind: 'text', required: true, maxLength: 50, example: '监督检查' },
    { name: 'illegalFacts', header: '违法事实', aliases: ['主要违法事实'], kind: 'text', required: true, maxLength: 400, example: '未按规定公示年度报告' },
    { name: 'basis', header: '处罚依据', kind: 'text', required: true, maxLength: 400, example: '《企业信息公示暂行条例》第十八条' },
    { name: 'procedure', header: '处罚程序', aliases: ['案件程序类别'], kind: 'text', required: true, codeTable: 'penaltyProcedure', example: '一般' },
    { name: 'hearing', header: '是否听证', kind: 'boolean', required: true, example: '否' },
    { name: 'filedAt', header: '处罚立案时间', aliases: ['立案时间', '立案日期'], kind: 'date', example: '2024-06-05' },
    { name: 'criminal', header: '是否涉刑案件', kind: 'boolean', required: true, example: '否' },
    { name: 'major', header: '是否重大案件', kind: 'boolean', example: '否' },
    { name: 'legalReview.done', header: '是否法制审核', kind: 'boolean', example: '是' },
    { name: 'legalReview.date', header: '法制审核日期', kind: 'date', example: '2024-06-18' },
    { name: 'legalReview.opinion', header: '法制审核意见', kind: 'text', maxLength: 400, example: '事实清楚，证据确凿，适用依据正确' },
    { name: 'collective.done', header: '是否集体讨论', kind: 'boolean', example: '否' },
    { name: 'collective.date', header: '集体讨论日期', kind: 'date', example: '' },
    { name: 'collective.conclusion', header: '集体讨论结论', kind: 'text', maxLength: 400, example: '' },
    { name: 'decisionNo', header: '处罚文书号', aliases: ['处罚决定书文号', '行政处罚决定书文号', '决定书文号'], kind: 'text', required: true, maxLength: 100, example: '杭市监罚〔2024〕1号' },
    { name: 'decisionDate', header: '作出行政处罚决定日期', aliases: ['处罚决定日期', '决定日期'], kind: 'date', required: true, example: '2024-06-20' },
    { name: 'penaltyTypes', header: '处罚种类', aliases: ['处罚类别'], kind: 'list', required: true, codeTable: 'penaltyType', example: '01,02', description: '处罚种类代码或名称，多个用逗号分隔' },
    { name: 'fineYuan', header: '罚款金额', aliases: ['罚款金额（元）'], kind: 'money', moneyUnit: '元', example: '125000' },
    { name: 'confiscatedYuan', header: '没收违法所得、没收非法财物金额', aliases: ['没收金额', '没收违法所得金额'], kind: 'money', moneyUnit: '元', example: '' },
    { name: 'licenceRevoked.name', header: '暂扣或吊销证照名称', kind: 'text', maxLength: 200, example: '' },
    { name: 'licenceRevoked.no', header: '暂扣或吊销证照编号', kind: 'text', maxLength: 100, example: '' },
    { name: 'resultText', header: '处罚结果', aliases: ['处罚内容'], kind: 'text', required: true, maxLength: 1000, example: '警告并罚款125000元' },
    { name: 'reconsideration', header: '行政复议', kind: 'text', required: true, maxLength: 20, example: '未申请' },
    { name: 'litigation', header: '行政诉讼', kind: 'text', required: true, maxLength: 20, example: '未提起' },
    { name: 'closing.mode', header: '结案—执行方式', aliases: ['执行方式', '结案执行方式'], kind: 'text', maxLength: 20, example: '自觉履行' },
    { name: 'closing.result', header: '结案—执行结果', aliases: ['执行结果', '结案执行结果'], kind: 'text', maxLength: 200, example: '执行完毕' },
    { name: 'closing.paidYuan', header: '结案实缴罚款金额', aliases: ['实缴罚款金额'], kind: 'money', moneyUnit: '元', example: '125000' },
    { name: 'closing.noPenalty', header: '结案—不予行政处罚', aliases: ['不予行政处罚', '结案不予行政处罚'], kind: 'boolean', required: true, example: '否' },
    { name: 'closing.date', header: '结案日期', kind: 'date', example: '2024-07-01' },
    { name: 'transferredAt', header: '移送时间', aliases: ['移送日期'], kind: 'date', example: '' },
  ],
};

/** 行政强制 (domain.md §3 #frc). Natural key: 强制行为编号 per 实施机构. */
export const coercionSpec: RecordTypeSpec = {
  type: 'coercion',
  title: '行政强制行为',
  library: 'enforcement',
  naturalKey: ['orgCode', 'actionCode'],
  fields: [
    ...commonFields('强制'),
    inspectionActionCode(true),
    { name: 'decisionNo', header: '强制决定书号', aliases: ['强制决定书文号'], kind: 'text', required: true, maxLength: 100, example: '杭市监强〔2024〕1号' },
    { name: 'kind', header: '行政强制种类', aliases: ['强制种类'], kind: 'text', required: true, codeTable: 'coercionKind', example: '强制措施' },
    { name: 'measureType', header: '强制措施类型', kind: 'text', maxLength: 100, example: '查封场所、设施或者财物' },
    { name: 'execType', header: '强制执行类型', kind: 'text', maxLength: 100, example: '' },
    { name: 'basis', header: '强制依据', kind: 'text', required: true, maxLength: 1000, example: '《中华人民共和国行政强制法》第九条' },
    { name: 'facts', header: '违法事实', kind: 'text', required: true, maxLength: 1000, example: '涉嫌违法生产经营，存在证据灭失风险' },
    { name: 'result', header: '强制结果', kind: 'text', maxLength: 200, example: '' },
    { name: 'start', header: '起始时间', aliases: ['开始时间', '起始日期'], kind: 'date', required: true, example: '2024-06-05' },
    { name: 'extension', header: '延长期限', kind: 'date', example: '' },
    { name: 'end', header: '结束时间', aliases: ['结束日期'], kind: 'date', example: '2024-07-05' },
  ],
};

/** 其他监管行为 (domain.md §3 #oth): the inspection is optional. Natural key: 行为编号 per 实施机构. */
export const otherActionSpec: RecordTypeSpec = {
  type: 'otherAction',
  title: '其他监管行为',
  library: 'enforcement',
  naturalKey: ['orgCode', 'actionCode'],
  fields: [
    ...COMMON_FIELDS.map((f) => (f.name === 'actionCode' ? { ...f, aliases: ['其他行为编号'], example: 'QT2024000001' } : f.name === 'actionName' ? { ...f, aliases: ['其他行为名称'], example: '行政约谈' } : f)),
    inspectionActionCode(false),
    { name: 'source', header: '事项来源', kind: 'text', maxLength: 50, example: '日常检查' },
    { name: 'measure', header: '监管措施', kind: 'text', maxLength: 50, example: '约谈' },
    { name: 'closing', header: '结案情况', kind: 'text', maxLength: 200, example: '已整改完毕' },
    { name: 'start', header: '开始时间', aliases: ['开始日期'], kind: 'date', required: true, example: '2024-06-05' },
    { name: 'end', header: '结束时间', aliases: ['结束日期'], kind: 'date', example: '2024-06-20' },
  ],
};

/** 执法人员 (domain.md §4, §11.3). Natural key: 执法证号. */
export const enforcerSpec: RecordTypeSpec = {
  type: 'enforcer',
  title: '执法人员',
  library: 'enforcement',
  naturalKey: ['certNo'],
  fields: [
    { name: 'name', header: '姓名', aliases: ['执法人员姓名'], kind: 'text', required: true, maxLength: 50, example: '张三' },
    { name: 'idNo', header: '公民身份号码', aliases: ['身份证号', '身份证号码', '证件号码'], kind: 'certNo', required: true, maxLength: 18, example: '110101199003074477', description: '仅保存哈希与脱敏号码' },
    { name: 'certNo', header: '执法证号', aliases: ['执法证件号', '执法证编号'], kind: 'code', required: true, maxLength: 32, example: '33010012345' },
    { name: 'certIssuer', header: '发证机关', kind: 'text', required: true, maxLength: 100, example: '杭州市人民政府' },
    { name: 'certValidFrom', header: '执法证有效期起', aliases: ['有效期起', '有效期自'], kind: 'date', required: true, example: '2022-01-01' },
    { name: 'certValidTo', header: '执法证有效期止', aliases: ['有效期止', '有效期至'], kind: 'date', required: true, example: '2026-12-31' },
    { name: 'fields', header: '执法领域', aliases: ['执法门类'], kind: 'list', required: true, example: '市场监管', description: '多个用逗号分隔' },
    { name: 'orgName', header: '所属执法主体', aliases: ['所属执法主体名称', '所属单位'], kind: 'text', required: true, maxLength: 100, example: '杭州市市场监督管理局' },
    { name: 'orgUscc', header: '所属执法主体统一社会信用代码', aliases: ['执法主体统一社会信用代码', '所属单位统一社会信用代码'], kind: 'code', required: true, maxLength: 18, example: '11330100002510106X' },
    { name: 'adCode', header: '行政区划代码', aliases: ['区划代码', '所属区划'], kind: 'code', required: true, codeTable: 'division', maxLength: 6, example: '330102' },
    { name: 'status', header: '状态', aliases: ['人员状态'], kind: 'text', codeTable: 'enforcerStatus', example: '在岗', description: '在岗、暂停执法、离岗（空为在岗）' },
    { name: 'isExpert', header: '是否专家', kind: 'boolean', example: '否' },
  ],
};
