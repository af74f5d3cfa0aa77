import {
  COERCION_RULES, compileRules, DEFAULT_CODE_TABLES, DEFAULT_RULE_SETS, divisionCodeTable, INSPECTION_RULES, OTHER_ACTION_RULES,
  PENALTY_RULES, validate,
} from '../src/rules';
import type { CodeTable } from '../src/types';

const DIVISION = divisionCodeTable([
  { code: '330100', name: '杭州市' },
  { code: '330102', name: '上城区' },
  { code: '330106', name: '西湖区' },
]);
const TABLES: CodeTable[] = [...DEFAULT_CODE_TABLES, DIVISION];

/** A realistic inspection row after standardisation. */
export const inspectionRow = (): Record<string, unknown> => ({
  itemCode: '33010011000001',
  actionName: '对食品经营者的日常监督检查',
  actionCode: 'JC2024000001',
  orgName: '杭州市市场监督管理局',
  orgCode: '11330100002510106X',
  entrustedDept: null,
  entrustedCode: null,
  objectType: '1',
  partyName: '阿里巴巴(中国)有限公司',
  partyNature: '法人及非法人组织',
  partyCertType: '001',
  partyCertNo: '91330100716105852F',
  regAddress: '杭州市余杭区文一西路969号',
  bizAddress: '杭州市余杭区文一西路969号',
  adCode: '330106',
  reportedAt: '2024-06-03T10:00:00+08:00',
  reportedBy: '张三',
  planId: null,
  implListCode: '91330100716105852F3000010',
  checkForm: '现场检查',
  checkCategory: '双随机',
  checkMode: null,
  result: '未发现问题',
  checkDate: '2024-06-01',
  inspectors: ['33010012345', '33010012346'],
});

describe('default rule sets', () => {
  it.each(Object.entries(DEFAULT_RULE_SETS))('%s compiles against the default code tables + division', (_, rules) => {
    const compiled = compileRules(rules, TABLES);
    expect(compiled.checks).toHaveLength(rules.length);
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const r of rules) expect(r.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it('need the division table from the pipeline', () => {
    expect(() => compileRules(INSPECTION_RULES, DEFAULT_CODE_TABLES)).toThrow(/代码表 division 未提供/);
  });

  it('every set has the common block, warnings and references', () => {
    for (const rules of [INSPECTION_RULES, PENALTY_RULES, COERCION_RULES, OTHER_ACTION_RULES]) {
      const codes = rules.map((r) => r.kind + ':' + r.field);
      expect(codes).toEqual(expect.arrayContaining(['required:itemCode', 'checksum:itemCode', 'reference:itemCode', 'checksum:partyCertNo', 'codeTable:adCode']));
      expect(rules.some((r) => r.severity === 'warning' && r.field === 'bizAddress')).toBe(true);
    }
    expect(PENALTY_RULES.find((r) => r.kind === 'reference' && r.field === 'inspectionActionCode')?.params).toEqual({ target: 'inspection', with: ['orgCode'] });
    expect(INSPECTION_RULES.find((r) => r.kind === 'reference' && r.field === 'inspectors')?.params).toEqual({ target: 'enforcerCert', with: ['checkDate'] });
  });
});

describe('inspection rules', () => {
  const compiled = compileRules(INSPECTION_RULES, TABLES);

  it('a good row passes and asks for its references', () => {
    const result = validate(compiled, inspectionRow());
    expect(result.violations).toEqual([]);
    expect(result.references.map((r) => [r.target, r.value])).toEqual([
      ['regItem', '33010011000001'],
      ['implList', '91330100716105852F3000010'],
      ['enforcerCert', '33010012345'],
      ['enforcerCert', '33010012346'],
    ]);
  });

  it('labels become codes', () => {
    const row = { ...inspectionRow(), objectType: '企业、个体户、农专社', partyCertType: '统一社会信用代码', adCode: '西湖区' };
    const result = validate(compiled, row);
    expect(result.violations).toEqual([]);
    expect(result.fixes).toEqual({ objectType: '1', partyCertType: '001', adCode: '330106' });
    expect(row).toMatchObject({ objectType: '1', partyCertType: '001', adCode: '330106' });
  });

  it('reports each broken rule with its severity', () => {
    const row = {
      ...inspectionRow(),
      itemCode: '1234567890123',
      partyName: null,
      partyCertNo: '91330100716105852G',
      adCode: '999999',
      bizAddress: null,
      checkCategory: '突击',
      reportedAt: '2024-05-31T10:00:00+08:00',
    };
    const found = validate(compiled, row).violations.map((v) => [v.rule, v.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['INSPECTION_ITEM_CODE_CHECKSUM', 'error'],
        ['INSPECTION_PARTY_NAME_REQUIRED', 'error'],
        ['INSPECTION_PARTY_CERT_NO_CHECKSUM', 'error'],
        ['INSPECTION_AD_CODE_CODE', 'error'],
        ['INSPECTION_BIZ_ADDRESS_MISSING', 'warning'],
        ['INSPECTION_CHECK_CATEGORY_CODE', 'error'],
        ['INSPECTION_CHECK_DATE_BEFORE_REPORTED_AT', 'error'],
      ]),
    );
    expect(found).toHaveLength(7);
  });

  it('a natural person is checked against the citizen ID, a passport holder is not checked', () => {
    expect(validate(compiled, { ...inspectionRow(), partyCertType: '111', partyCertNo: '11010519491231002X' }).violations).toEqual([]);
    expect(validate(compiled, { ...inspectionRow(), partyCertType: '111', partyCertNo: '91330100716105852F' }).violations.map((v) => v.rule)).toEqual([
      'INSPECTION_PARTY_CERT_NO_CHECKSUM',
    ]);
    expect(validate(compiled, { ...inspectionRow(), partyCertType: '414', partyCertNo: 'E12345678' }).violations).toEqual([]);
  });
});

describe('penalty rules', () => {
  const compiled = compileRules(PENALTY_RULES, TABLES);
  const row = () => ({
    ...inspectionRow(),
    actionName: '对某公司未按规定公示信息的处罚',
    actionCode: 'CF2024000001',
    inspectionActionCode: 'JC2024000001',
    caseSource: '监督检查',
    illegalFacts: '未按规定公示年度报告',
    basis: '《企业信息公示暂行条例》第十八条',
    procedure: '一般',
    hearing: false,
    filedAt: '2024-06-05',
    criminal: false,
    decisionNo: '杭市监罚〔2024〕1号',
    decisionDate: '2024-06-20',
    penaltyTypes: ['01', '02'],
    fineYuan: '125000',
    resultText: '警告并罚款125000元',
    reconsideration: '未申请',
    litigation: '未起诉',
    'closing.noPenalty': false,
    'closing.date': '2024-07-01',
    reportedAt: '2024-07-02T09:00:00+08:00',
  });

  it('a good row passes; the inspection it follows is a reference by org', () => {
    const result = validate(compiled, row());
    expect(result.violations).toEqual([]);
    expect(result.references.find((r) => r.target === 'inspection')).toMatchObject({ value: 'JC2024000001', context: { orgCode: '11330100002510106X' } });
  });

  it('立案时间 ≤ 决定日期 ≤ 结案日期 ≤ 报送时间', () => {
    const rules = (patch: Record<string, unknown>) => validate(compiled, { ...row(), ...patch }).violations.map((v) => v.rule);
    expect(rules({ filedAt: '2024-06-21' })).toEqual(['PENALTY_FILED_AT_BEFORE_DECISION_DATE']);
    expect(rules({ 'closing.date': '2024-06-19' })).toEqual(['PENALTY_DECISION_DATE_BEFORE_CLOSING_DATE']);
    expect(rules({ 'closing.date': '2024-06-01' })).toEqual(['PENALTY_DECISION_DATE_BEFORE_CLOSING_DATE', 'PENALTY_FILED_AT_BEFORE_CLOSING_DATE']);
    expect(rules({ filedAt: '2024-06-20', 'closing.date': '2024-06-20' })).toEqual([]); // 简易程序: all on one day
    expect(rules({ 'closing.date': '2024-06-01', filedAt: null, decisionDate: '2024-05-30' })).toEqual([]);
    expect(rules({ reportedAt: '2024-06-30T23:00:00+08:00' })).toEqual(['PENALTY_CLOSING_DATE_BEFORE_REPORTED_AT']);
    expect(rules({ 'closing.date': null, filedAt: null })).toEqual([]);
  });

  it('penalty types by label, amounts not negative', () => {
    const r = { ...row(), penaltyTypes: ['警告', '罚款'], fineYuan: '-5' };
    const result = validate(compiled, r);
    expect(r.penaltyTypes).toEqual(['01', '02']);
    expect(result.violations.map((v) => v.rule)).toEqual(['PENALTY_FINE_YUAN_AMOUNT']);
  });
});

describe('coercion and other-action rules', () => {
  it('coercion: kind from its table, start before end', () => {
    const compiled = compileRules(COERCION_RULES, TABLES);
    const row = { ...inspectionRow(), actionName: '查封', inspectionActionCode: 'JC1', decisionNo: '杭市监强〔2024〕1号', kind: '强制措施', basis: '依据', facts: '事实', start: '2024-06-05', end: '2024-06-04', reportedAt: '2024-06-10T09:00:00+08:00' };
    expect(validate(compiled, row).violations.map((v) => v.rule)).toEqual(['COERCION_START_BEFORE_END']);
  });

  it('other action: the inspection is optional', () => {
    const compiled = compileRules(OTHER_ACTION_RULES, TABLES);
    const row = { ...inspectionRow(), actionName: '行政约谈', start: '2024-06-05', end: null, reportedAt: '2024-06-10T09:00:00+08:00' };
    const result = validate(compiled, row);
    expect(result.violations).toEqual([]);
    expect(result.references.map((r) => r.target)).toEqual(['regItem']);
  });
});
