import { compileRules, RuleCompileError, validate } from '../src/rules';
import type { CodeTable, RuleDefinition } from '../src/types';

const PENALTY_TYPES: CodeTable = {
  name: 'penaltyType',
  title: '处罚种类',
  values: [
    { code: '01', label: '警告' },
    { code: '02', label: '罚款' },
    { code: '03', label: '没收违法所得' },
  ],
};
const DIVISIONS: CodeTable = {
  name: 'division',
  title: '行政区划',
  values: [
    { code: '330102', label: '上城区' },
    { code: '330106', label: '西湖区' },
    { code: '320101', label: '市辖区' },
    { code: '330101', label: '市辖区' },
  ],
};
const TABLES = [PENALTY_TYPES, DIVISIONS];

const rule = (r: Partial<RuleDefinition> & Pick<RuleDefinition, 'kind' | 'field'>): RuleDefinition => ({
  code: 'R1',
  params: {},
  severity: 'error',
  description: '说明',
  ...r,
});

function run(r: RuleDefinition, values: Record<string, unknown>) {
  return validate(compileRules([r], TABLES), values);
}

describe('required', () => {
  const r = rule({ kind: 'required', field: 'partyName', description: '行政相对人名称不能为空' });
  it.each([null, undefined, '', '   ', []])('%j is missing', (v) => {
    expect(run(r, { partyName: v }).violations).toEqual([
      { rule: 'R1', field: 'partyName', severity: 'error', message: '行政相对人名称不能为空', value: null },
    ]);
  });
  it.each(['某公司', 0, false, ['a']])('%j is present', (v) => expect(run(r, { partyName: v }).violations).toEqual([]));
});

describe('maxLength', () => {
  const r = rule({ kind: 'maxLength', field: 'name', params: { max: 4 }, severity: 'warning', description: '名称不能超过4个字符' });
  it('counts characters, not bytes or UTF-16 units', () => {
    expect(run(r, { name: '杭州测试' }).violations).toEqual([]);
    expect(run(r, { name: '𠮷𠮷𠮷𠮷' }).violations).toEqual([]); // 4 characters, 8 UTF-16 units
    expect(run(r, { name: '杭州测试局' }).violations).toEqual([
      { rule: 'R1', field: 'name', severity: 'warning', message: '名称不能超过4个字符：杭州测试局', value: '杭州测试局' },
    ]);
  });
  it('judges list items one by one and skips empty values', () => {
    expect(run(r, { name: ['abcd', 'abcde'] }).violations.map((v) => v.value)).toEqual(['abcde']);
    expect(run(r, { name: null }).violations).toEqual([]);
  });
});

describe('regex', () => {
  const r = rule({ kind: 'regex', field: 'code', params: { pattern: '^\\d{6}$' }, description: '应为6位数字' });
  it('matches each value', () => {
    expect(run(r, { code: '330102' }).violations).toEqual([]);
    expect(run(r, { code: '33010' }).violations[0]).toMatchObject({ rule: 'R1', message: '应为6位数字：33010', value: '33010' });
    expect(run(r, { code: 330102 }).violations).toEqual([]);
  });
  it('supports flags and is stateless between rows', () => {
    const ci = compileRules([rule({ kind: 'regex', field: 'x', params: { pattern: '^ab', flags: 'i' } })], []);
    for (let i = 0; i < 3; i++) expect(validate(ci, { x: 'ABc' }).violations).toEqual([]);
  });
});

describe('codeTable', () => {
  const r = rule({ kind: 'codeTable', field: 'penaltyTypes', params: { table: 'penaltyType' }, description: '处罚种类不在代码表中' });
  const division = rule({ code: 'R2', kind: 'codeTable', field: 'adCode', params: { table: 'division' }, description: '行政区划代码不在代码表中' });

  it('accepts codes as they are', () => {
    const values = { penaltyTypes: '02' };
    expect(run(r, values)).toEqual({ violations: [], fixes: {}, references: [] });
    expect(values.penaltyTypes).toBe('02');
  });

  it('rewrites a label (or a drop-down "code label") to its code, in place, and reports it in fixes', () => {
    for (const given of ['罚款', ' 罚款 ', '02 罚款', '02-罚款', '罚款(02)', '罚款（02）', '０２']) {
      const values: Record<string, unknown> = { penaltyTypes: given };
      const result = run(r, values);
      expect(result.violations).toEqual([]);
      expect(values.penaltyTypes).toBe('02');
      expect(result.fixes).toEqual({ penaltyTypes: '02' });
    }
  });

  it('a list is judged item by item; labels inside it are rewritten', () => {
    const values: Record<string, unknown> = { penaltyTypes: ['01', '罚款', '拘留'] };
    const result = run(r, values);
    expect(values.penaltyTypes).toEqual(['01', '02', '拘留']);
    expect(result.fixes).toEqual({ penaltyTypes: ['01', '02', '拘留'] });
    expect(result.violations).toEqual([{ rule: 'R1', field: 'penaltyTypes', severity: 'error', message: '处罚种类不在代码表中：拘留', value: '拘留' }]);
  });

  it('a code with a wrong label is not guessed', () => {
    expect(run(r, { penaltyTypes: '01 罚款' }).violations).toHaveLength(1);
  });

  it('a label shared by several codes is rejected, not guessed', () => {
    const values = { adCode: '市辖区' };
    expect(run(division, values).violations).toHaveLength(1);
    expect(values.adCode).toBe('市辖区');
    const unique: Record<string, unknown> = { adCode: '西湖区' };
    expect(run(division, unique).violations).toEqual([]);
    expect(unique.adCode).toBe('330106');
  });

  it('code tables run before the other rules, so they see the code', () => {
    const compiled = compileRules(
      [
        rule({ code: 'A', kind: 'regex', field: 'adCode', params: { pattern: '^\\d{6}$' }, description: '6位' }),
        { ...division, code: 'B' },
      ],
      TABLES,
    );
    expect(validate(compiled, { adCode: '上城区' }).violations).toEqual([]);
  });
});

describe('checksum', () => {
  const check = (algorithm: string, value: unknown) =>
    run(rule({ kind: 'checksum', field: 'x', params: { algorithm }, description: '校验不通过' }), { x: value }).violations.length === 0;

  it('uscc', () => {
    expect(check('uscc', '91330100716105852F')).toBe(true);
    expect(check('uscc', '91330100716105852G')).toBe(false);
  });
  it('citizenId', () => {
    expect(check('citizenId', '11010519491231002X')).toBe(true);
    expect(check('citizenId', '110105194912310021')).toBe(false);
  });
  it('usccOrCitizenId accepts either', () => {
    expect(check('usccOrCitizenId', '91330100716105852F')).toBe(true);
    expect(check('usccOrCitizenId', '11010519491231002X')).toBe(true);
    expect(check('usccOrCitizenId', 'E12345678')).toBe(false);
  });
  it('usccOrCitizenId with typeField: 001 → USCC, 111 → ID, other types unchecked', () => {
    const r = rule({ kind: 'checksum', field: 'certNo', params: { algorithm: 'usccOrCitizenId', typeField: 'certType' }, description: '证件号码无效' });
    const ok = (certType: unknown, certNo: string) => run(r, { certType, certNo }).violations.length === 0;
    expect(ok('001', '91330100716105852F')).toBe(true);
    expect(ok('001', '11010519491231002X')).toBe(false);
    expect(ok('111', '11010519491231002X')).toBe(true);
    expect(ok('111', '91330100716105852F')).toBe(false);
    expect(ok('414', 'E12345678')).toBe(true);
    expect(ok(null, '11010519491231002X')).toBe(true);
    expect(ok(null, 'E12345678')).toBe(false);
  });
  it('itemCode and implListCode', () => {
    expect(check('itemCode', '12345678901234')).toBe(true);
    expect(check('itemCode', '1234567890123')).toBe(false);
    expect(check('implListCode', '91330100716105852F3000010')).toBe(true);
    expect(check('implListCode', '91330100716105852F6000010')).toBe(false);
  });
  it('empty values are left to the required rule', () => expect(check('uscc', null)).toBe(true));
});

describe('dateOrder', () => {
  const r = rule({ kind: 'dateOrder', field: 'reportedAt', params: { before: 'checkDate', allowEqual: true }, description: '报送时间不能早于检查时间' });
  const strict = rule({ kind: 'dateOrder', field: 'end', params: { before: 'start' }, description: '结束须晚于开始' });

  it.each([
    ['2024-01-02', '2024-01-03', true],
    ['2024-01-02', '2024-01-02', true],
    ['2024-01-03', '2024-01-02', false],
    ['2024-01-02', '2024-01-02T09:00:00+08:00', true],
    ['2024-01-02', '2024-01-02T00:30:00+08:00', true],
    ['2024-01-02', '2024-01-01T23:59:59+08:00', false],
    ['2024-01-02', '2024-01-01T17:00:00Z', true], // 01:00 on the 2nd in Beijing
    ['2024-01-02', new Date('2024-01-01T15:00:00Z'), false], // 23:00 on the 1st in Beijing
    ['2024-01-02', new Date('2024-01-02T01:00:00Z'), true],
    ['2024-01-02', '2024-01-02 08:00', true], // online text without a zone: Beijing time
    ['2024-01-02T10:00:00+08:00', '2024-01-02T09:59:59+08:00', false],
    ['2024-01-02T10:00:00+08:00', '2024-01-02T02:00:00Z', true],
  ])('checkDate %j, reportedAt %j → ok %j', (checkDate, reportedAt, ok) => {
    expect(run(r, { checkDate, reportedAt }).violations.length === 0).toBe(ok);
  });

  it('equal dates fail unless allowEqual', () => {
    expect(run(strict, { start: '2024-01-02', end: '2024-01-02' }).violations).toEqual([
      { rule: 'R1', field: 'end', severity: 'error', message: '结束须晚于开始：2024-01-02 → 2024-01-02', value: '2024-01-02 → 2024-01-02' },
    ]);
    expect(run(strict, { start: '2024-01-02T08:00:00+08:00', end: '2024-01-02T09:00:00+08:00' }).violations).toEqual([]);
  });

  it('is skipped when either date is empty or unreadable', () => {
    expect(run(r, { checkDate: null, reportedAt: '2020-01-01' }).violations).toEqual([]);
    expect(run(r, { checkDate: '2024-01-02' }).violations).toEqual([]);
    expect(run(r, { checkDate: 'garbage', reportedAt: '2020-01-01' }).violations).toEqual([]);
  });
});

describe('reference', () => {
  it('lists what to look up instead of querying, one per list item, with context', () => {
    const item = rule({ code: 'ITEM', kind: 'reference', field: 'itemCode', params: { target: 'regItem' }, description: '事项不存在' });
    const cert = rule({ code: 'CERT', kind: 'reference', field: 'inspectors', params: { target: 'enforcerCert', with: ['checkDate'] }, description: '执法证无效' });
    const compiled = compileRules([item, cert], []);
    expect(compiled.referenceTargets).toEqual(['regItem', 'enforcerCert']);
    const result = validate(compiled, { itemCode: '12345678901234', inspectors: ['A1', 'A2'], checkDate: '2024-01-02' });
    expect(result.violations).toEqual([]);
    expect(result.references).toEqual([
      { rule: item, field: 'itemCode', target: 'regItem', value: '12345678901234' },
      { rule: cert, field: 'inspectors', target: 'enforcerCert', value: 'A1', context: { checkDate: '2024-01-02' } },
      { rule: cert, field: 'inspectors', target: 'enforcerCert', value: 'A2', context: { checkDate: '2024-01-02' } },
    ]);
    expect(validate(compiled, { itemCode: null, inspectors: null }).references).toEqual([]);
  });
});

describe('compile errors name the rule', () => {
  const bad: [string, Partial<RuleDefinition>, string | RegExp][] = [
    ['unknown kind', { kind: 'spell' as never }, /未知的规则类型 spell/],
    ['missing field', { kind: 'required', field: '' }, /缺少字段/],
    ['bad severity', { kind: 'required', severity: 'fatal' as never }, /严重程度/],
    ['no description', { kind: 'required', description: ' ' }, /description/],
    ['max not a number', { kind: 'maxLength', params: { max: '10' } }, /max 应为正整数/],
    ['max zero', { kind: 'maxLength', params: { max: 0 } }, /max 应为正整数/],
    ['invalid regex', { kind: 'regex', params: { pattern: '([a-z' } }, /正则表达式无效/],
    ['stateful regex flag', { kind: 'regex', params: { pattern: 'a', flags: 'g' } }, /正则标志/],
    ['missing pattern', { kind: 'regex', params: {} }, /pattern/],
    ['unknown code table', { kind: 'codeTable', params: { table: 'nope' } }, /代码表 nope 未提供/],
    ['unknown checksum', { kind: 'checksum', params: { algorithm: 'luhn' } }, /未知的校验算法 luhn/],
    ['typeField on another checksum', { kind: 'checksum', params: { algorithm: 'uscc', typeField: 't' } }, /typeField/],
    ['dateOrder without before', { kind: 'dateOrder', params: {} }, /before/],
    ['dateOrder with itself', { kind: 'dateOrder', field: 'a', params: { before: 'a' } }, /同一字段/],
    ['dateOrder allowEqual not boolean', { kind: 'dateOrder', params: { before: 'b', allowEqual: 'yes' } }, /allowEqual/],
    ['reference without target', { kind: 'reference', params: {} }, /target/],
    ['reference with bad with', { kind: 'reference', params: { target: 't', with: 'checkDate' } }, /with/],
  ];
  it.each(bad)('%s', (_, patch, message) => {
    const r = { code: 'BAD_RULE', kind: 'required', field: 'f', params: {}, severity: 'error', description: '说明', ...patch } as RuleDefinition;
    let error: unknown;
    try {
      compileRules([r], TABLES);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleCompileError);
    expect((error as RuleCompileError).ruleCode).toBe('BAD_RULE');
    expect((error as Error).message).toMatch(/^规则 BAD_RULE：/);
    expect((error as Error).message).toMatch(message);
  });

  it('duplicate codes and missing codes', () => {
    const r = rule({ kind: 'required', field: 'a' });
    expect(() => compileRules([r, r], [])).toThrow('规则 R1：规则编码重复');
    expect(() => compileRules([{ ...r, code: '' }], [])).toThrow(/缺少规则编码/);
  });

  it('an empty code table', () => {
    expect(() => compileRules([rule({ kind: 'codeTable', field: 'a', params: { table: 'e' } })], [{ name: 'e', title: '空', values: [] }])).toThrow(/没有任何代码/);
  });
});

describe('messages', () => {
  it('long values are shortened in the message, kept whole in value', () => {
    const long = 'x'.repeat(100);
    const [v] = run(rule({ kind: 'maxLength', field: 'a', params: { max: 10 }, description: '太长' }), { a: long }).violations;
    expect(v.message).toBe(`太长：${'x'.repeat(60)}…`);
    expect(v.value).toBe(long);
  });
});
