/**
 * Micro-benchmark: header → field cells, standardise and validate of realistic 行政检查 rows, one thread.
 *   node -r ./scripts/register.js packages/governance/bench/standardise.ts [rows]
 * Prints rows/s. Not a test: the figure depends on the machine.
 */
import { standardiseRow } from '../src/standardise';
import { compileRules, DEFAULT_CODE_TABLES, divisionCodeTable, INSPECTION_RULES, validate } from '../src/rules';
import { readDivisionsFromPackage } from '@hub/codes';
import type { FieldSpec, RecordTypeSpec } from '../src/types';

const f = (name: string, header: string, kind: FieldSpec['kind'], extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, header, kind, example: '', ...extra });

const spec: RecordTypeSpec = {
  type: 'inspection',
  title: '行政检查行为',
  library: 'enforcement',
  naturalKey: ['orgCode', 'actionCode'],
  fields: [
    f('itemCode', '监管事项目录编码', 'code'), f('actionName', '行为名称', 'text'), f('actionCode', '行为编号', 'code'),
    f('orgName', '实施机构', 'text'), f('orgCode', '实施机构编码', 'code'), f('entrustedDept', '受委托部门', 'text'),
    f('entrustedCode', '受委托部门编码', 'code'), f('objectType', '监管对象类型', 'code'), f('partyName', '行政相对人名称', 'text'),
    f('partyNature', '行政相对人性质', 'text'), f('partyCertType', '行政相对人证件类型', 'code'), f('partyCertNo', '行政相对人编码', 'certNo'),
    f('regAddress', '注册地址', 'text'), f('bizAddress', '经营地址', 'text'), f('adCode', '行政区划代码', 'code'),
    f('reportedAt', '报送时间', 'datetime'), f('reportedBy', '报送人员', 'text'), f('planId', '双随机一公开计划id', 'code'),
    f('implListCode', '监管事项检查实施清单编码', 'code'), f('checkForm', '检查形式', 'text'), f('checkCategory', '检查类别', 'text'),
    f('checkMode', '检查方式', 'text'), f('result', '检查结果', 'text'), f('checkDate', '检查时间', 'date'), f('inspectors', '执法证号', 'list'),
  ],
};

const DATES = ['2024-06-01', '2024/6/1', '2024年6月1日', '20240601', '45444'];
const PARTIES = [
  ['001', '91330100716105852F', '阿里巴巴（中国）有限公司'],
  ['001', '9144030071526726XG', '腾讯科技(深圳)有限公司'],
  ['111', '11010519491231002X', '王小明'],
  ['001', '９１１１００００７１０９２６０９４Ｐ', '中国石油化工股份有限公司'],
];

function row(i: number): Record<string, string | null> {
  const [certType, certNo, name] = PARTIES[i % PARTIES.length];
  return {
    itemCode: '33010011000001',
    actionName: '对食品经营者的日常监督检查',
    actionCode: `JC2024${String(i).padStart(8, '0')}`,
    orgName: '杭州市市场监督管理局',
    orgCode: '11330100002510106X',
    entrustedDept: null,
    entrustedCode: null,
    objectType: '1',
    partyName: name,
    partyNature: certType === '111' ? '自然人' : '法人及非法人组织',
    partyCertType: certType,
    partyCertNo: certNo,
    regAddress: '杭州市西湖区文三路' + (i % 900) + '号',
    bizAddress: i % 10 === 0 ? '' : '杭州市西湖区文三路' + (i % 900) + '号',
    adCode: '330106',
    reportedAt: '2024-06-03 10:00:00',
    reportedBy: '张三',
    planId: null,
    implListCode: '91330100716105852F3000010',
    checkForm: '现场检查',
    checkCategory: i % 3 === 0 ? '双随机' : '日常',
    checkMode: null,
    result: '未发现问题',
    checkDate: DATES[i % DATES.length],
    inspectors: '33010012345，33010012346',
  };
}

const total = Number(process.argv[2] ?? 200_000);
const rows = Array.from({ length: 10_000 }, (_, i) => row(i));
// The same rows as a reader gives them: cells by the file's Chinese headers.
const headerOf = new Map(spec.fields.map((x) => [x.name, x.header]));
const fileRows = rows.map((r) => {
  const byHeader: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(r)) byHeader[headerOf.get(k)!] = v;
  return byHeader;
});
/** Header → field, as the pipeline does before standardising. */
function toCells(raw: Record<string, string | null>): Record<string, string | null> {
  const cells: Record<string, string | null> = {};
  for (const x of spec.fields) cells[x.name] = raw[x.header] ?? null;
  return cells;
}
const divisions = divisionCodeTable(readDivisionsFromPackage());
const compiled = compileRules(INSPECTION_RULES, [...DEFAULT_CODE_TABLES, divisions]);

let violations = 0;
let references = 0;
function both(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = standardiseRow(spec, toCells(fileRows[i % fileRows.length]));
    const v = validate(compiled, s.values);
    violations += s.violations.length + v.violations.length;
    references += v.references.length;
  }
}
function standardiseOnly(n: number): void {
  for (let i = 0; i < n; i++) violations += standardiseRow(spec, rows[i % rows.length]).violations.length;
}
const standardised = rows.map((r) => standardiseRow(spec, r).values);
function validateOnly(n: number): void {
  // validate rewrites labels in place: give it a fresh copy, as the pipeline does with each row
  for (let i = 0; i < n; i++) violations += validate(compiled, { ...standardised[i % standardised.length] }).violations.length;
}

/** Rows per second of CPU time (the machine is shared: wall time would count other processes). */
function measure(label: string, fn: (n: number) => void): number {
  fn(20_000); // warm-up (JIT)
  violations = 0;
  references = 0;
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  fn(total);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const wallSeconds = Number(process.hrtime.bigint() - wall) / 1e9;
  const rate = Math.round(total / cpuSeconds);
  console.log(`${label.padEnd(24)} ${rate.toLocaleString('en').padStart(9)} rows/s per core (CPU ${cpuSeconds.toFixed(2)} s, wall ${wallSeconds.toFixed(2)} s)`);
  return rate;
}

console.log(`行政检查: ${spec.fields.length} fields, ${INSPECTION_RULES.length} rules, ${divisions.values.length} divisions, ${total.toLocaleString('en')} rows per run`);
measure('standardise', standardiseOnly);
measure('validate', validateOnly);
const rate = measure('map+standardise+validate', both);
console.log(`per row: ${(violations / total).toFixed(2)} violations, ${(references / total).toFixed(1)} references to look up`);
console.log(`one process: ${rate.toLocaleString('en')} rows/s; two processes (2 cores) ≈ ${(2 * rate).toLocaleString('en')} rows/s`);
