import type { FieldSpec, RecordTypeSpec } from '@hub/governance';

/** 行政检查行为 as departments deliver it: the national field list (domain.md §3), headers in Chinese. */
export const COMMON_FIELDS: FieldSpec[] = [
  { name: 'itemCode', header: '监管事项目录编码', aliases: ['事项编码', '监管事项编码'], kind: 'code', required: true, maxLength: 14, example: '33010011000001' },
  { name: 'actionName', header: '行为名称', aliases: ['检查行为名称'], kind: 'text', required: true, maxLength: 500, example: '对食品经营者的日常监督检查' },
  { name: 'actionCode', header: '行为编号', aliases: ['检查行为编号'], kind: 'code', required: true, maxLength: 50, example: 'JC2024000001' },
  { name: 'orgName', header: '实施机构', aliases: ['实施机关', '检查机关'], kind: 'text', required: true, maxLength: 100, example: '杭州市市场监督管理局' },
  { name: 'orgCode', header: '实施机构编码', aliases: ['实施机构统一社会信用代码', '实施机关编码'], kind: 'code', required: true, maxLength: 20, example: '11330100002510106X' },
  { name: 'entrustedDept', header: '受委托部门', kind: 'text', maxLength: 100, example: '' },
  { name: 'entrustedCode', header: '受委托部门编码', kind: 'code', maxLength: 20, example: '' },
  { name: 'objectType', header: '监管对象类型', kind: 'code', required: true, codeTable: 'objectType', example: '1' },
  { name: 'partyName', header: '行政相对人名称', aliases: ['相对人名称', '当事人名称', '企业名称'], kind: 'text', required: true, maxLength: 200, example: '杭州某某食品有限公司' },
  { name: 'partyNature', header: '行政相对人性质', aliases: ['相对人性质', '行政相对人类别'], kind: 'text', required: true, codeTable: 'partyNature', maxLength: 20, example: '法人及非法人组织' },
  { name: 'partyCertType', header: '行政相对人证件类型', aliases: ['证件类型'], kind: 'code', required: true, codeTable: 'certType', example: '001' },
  { name: 'partyCertNo', header: '行政相对人编码', aliases: ['统一社会信用代码', '证件号码', '行政相对人证件号码'], kind: 'certNo', required: true, maxLength: 64, example: '91330100716105852F' },
  { name: 'regAddress', header: '注册地址', kind: 'text', maxLength: 400, example: '杭州市上城区某路1号' },
  { name: 'bizAddress', header: '经营地址', kind: 'text', maxLength: 400, example: '杭州市上城区某路1号' },
  { name: 'adCode', header: '行政区划代码', aliases: ['区划代码', '所属区划'], kind: 'code', required: true, codeTable: 'division', maxLength: 6, example: '330102' },
  { name: 'reportedAt', header: '报送时间', kind: 'datetime', example: '2024-06-03 10:00:00' },
  { name: 'reportedBy', header: '报送人员', aliases: ['报送人'], kind: 'text', maxLength: 50, example: '张三' },
];

export const inspectionSpec: RecordTypeSpec = {
  type: 'inspection',
  title: '行政检查行为',
  library: 'enforcement',
  naturalKey: ['orgCode', 'actionCode'],
  fields: [
    ...COMMON_FIELDS,
    { name: 'planId', header: '双随机一公开计划id', aliases: ['抽查计划编号', 'plan_id'], kind: 'code', maxLength: 64, example: '' },
    { name: 'implListCode', header: '监管事项检查实施清单编码', aliases: ['检查实施清单编码', 'supervise_item_check_icode'], kind: 'code', required: true, maxLength: 40, example: '11330100002510106X3000010' },
    { name: 'checkForm', header: '检查形式', aliases: ['check_form'], kind: 'text', required: true, maxLength: 20, example: '现场检查' },
    { name: 'checkCategory', header: '检查类别', aliases: ['check_type'], kind: 'text', required: true, codeTable: 'checkCategory', example: '双随机' },
    { name: 'checkMode', header: '检查方式', aliases: ['check_mode'], kind: 'text', maxLength: 20, example: '' },
    { name: 'result', header: '检查结果', aliases: ['check_result'], kind: 'text', required: true, maxLength: 200, example: '未发现问题' },
    { name: 'checkDate', header: '检查时间', aliases: ['检查日期', 'check_date'], kind: 'date', required: true, example: '2024-06-01' },
    { name: 'inspectors', header: '执法证号', aliases: ['检查人员执法证号', '执法人员证号'], kind: 'list', required: true, example: '33010012345,33010012346', description: '检查人员的执法证号，多人用逗号分隔，第一位为检查组长' },
  ],
};
