import type { FieldSpec, RecordTypeSpec } from '../src/types';

/** A record type exercising every field kind (not a real one: the libraries define those). */
export const fields: FieldSpec[] = [
  { name: 'itemCode', header: '监管事项目录编码', aliases: ['事项编码'], kind: 'code', required: true, example: '33010011000001' },
  { name: 'partyName', header: '行政相对人名称', aliases: ['当事人名称'], kind: 'text', required: true, example: '杭州某某有限公司' },
  { name: 'partyCertNo', header: '行政相对人编码', aliases: ['统一社会信用代码', '证件号码'], kind: 'certNo', required: true, example: '91330100716105852F' },
  { name: 'checkDate', header: '检查时间', aliases: ['检查日期'], kind: 'date', required: true, example: '2024-06-01' },
  { name: 'reportedAt', header: '报送时间', kind: 'datetime', example: '2024-06-03 10:00:00' },
  { name: 'count', header: '检查次数', kind: 'integer', example: '1' },
  { name: 'ratio', header: '抽查比例', kind: 'decimal', example: '0.05' },
  { name: 'fineYuan', header: '罚款金额（元）', aliases: ['罚款金额'], kind: 'money', moneyUnit: '元', example: '3000' },
  { name: 'fineWan', header: '罚款金额（万元）', aliases: ['罚款金额万元'], kind: 'money', moneyUnit: '万元', example: '0.3' },
  { name: 'hearing', header: '是否听证', kind: 'boolean', example: '否' },
  { name: 'inspectors', header: '执法证号', aliases: ['检查人员执法证号'], kind: 'list', required: true, example: 'A001,A002' },
];

export const spec: RecordTypeSpec = { type: 'test', title: '测试记录', library: 'test', fields, naturalKey: ['itemCode'] };

/** A spec with one field, for value-by-value tables. */
export const only = (name: string): RecordTypeSpec => ({ ...spec, fields: fields.filter((f) => f.name === name) });
