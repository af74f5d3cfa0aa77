import { excelSerialToIsoDate, standardiseRow, toHalfWidth } from '../src/standardise';
import { only, spec } from './standardiseFixtures';

/** The value (and violation codes) one cell gives. */
function one(field: string, raw: string | null, units?: Record<string, '元' | '万元'>) {
  const { values, violations } = standardiseRow(only(field), { [field]: raw }, units);
  return { value: values[field], codes: violations.map((v) => v.rule) };
}
const value = (field: string, raw: string | null) => one(field, raw).value;

describe('text', () => {
  it.each([
    ['  杭州某某有限公司  ', '杭州某某有限公司'],
    ['Ａ１，', 'A1,'],
    ['ＡＢＣ\u3000有限公司', 'ABC 有限公司'],
    ['杭州（测试）有限公司', '杭州(测试)有限公司'],
    ['行政相对人名称：杭州某某有限公司', '杭州某某有限公司'],
    ['当事人名称:杭州某某有限公司', '杭州某某有限公司'],
    ['备注：杭州某某有限公司', '备注:杭州某某有限公司'], // not this field's label: content, kept
    ['杭州某某有限公司（1/1）', '杭州某某有限公司'],
    ['杭州某某有限公司(2/3)', '杭州某某有限公司'],
    ['\uFEFF杭州\u200B某某', '杭州某某'],
  ])('%j → %j', (raw, expected) => expect(value('partyName', raw)).toBe(expected));

  it.each(['', '   ', 'null', 'NULL', 'Null', 'undefined', '无', '/', '-', '—', '－', '\u3000'])('null sentinel %j → null', (raw) => {
    expect(one('partyName', raw)).toEqual({ value: null, codes: [] });
  });

  it('an absent or null cell is null', () => {
    expect(standardiseRow(only('partyName'), {}).values).toEqual({ partyName: null });
    expect(value('partyName', null)).toBeNull();
  });

  it('toHalfWidth returns the very string when nothing is wide', () => {
    const s = 'plain ascii 中文';
    expect(toHalfWidth(s)).toBe(s);
    expect(toHalfWidth('１２３ＡＢＣａｂｃ！＠＃（）［］｛｝：；＂＇，．／？～')).toBe('123ABCabc!@#()[]{}:;"\',./?~');
  });
});

describe('code and certNo', () => {
  it.each([
    ['33010011000001', '33010011000001'],
    [' 3301 0011 0000 01 ', '33010011000001'],
    ['３３０１００１１０００００１', '33010011000001'],
    ['监管事项目录编码：33010011000001', '33010011000001'],
    ['abc-12', 'ABC-12'],
  ])('code %j → %j', (raw, expected) => expect(value('itemCode', raw)).toBe(expected));

  it.each([
    ['91330100716105852f', '91330100716105852F'],
    ['９１３３０１００７１６１０５８５２Ｆ', '91330100716105852F'],
    ['统一社会信用代码：91330100716105852F', '91330100716105852F'],
    ['统一社会信用代码:91330100716105852F', '91330100716105852F'],
    ['91330100716105852F（1/1）', '91330100716105852F'],
    ['9133 0100 7161 0585 2F', '91330100716105852F'],
    ['11010519491231002x', '11010519491231002X'],
    // domain.md §12: 15 → 18 digits
    ['110105491231002', '11010519491231002X'],
    // 15 digits whose characters 7–12 are no birth date (an old 工商注册号): left alone
    ['330100400012345', '330100400012345'],
  ])('certNo %j → %j', (raw, expected) => expect(value('partyCertNo', raw)).toBe(expected));

  it.each(['8.65E+17', '8.65e17', '8.65E17', '9.13301E+17', '３．３０１Ｅ＋１３'])('scientific notation %j → NUMBER_PRECISION_LOST', (raw) => {
    const field = raw.startsWith('３') ? 'itemCode' : 'partyCertNo';
    expect(one(field, raw)).toEqual({ value: null, codes: ['NUMBER_PRECISION_LOST'] });
  });

  it('the violation keeps the original text and asks for text input', () => {
    const [v] = standardiseRow(only('partyCertNo'), { partyCertNo: '8.65E+17' }).violations;
    expect(v).toMatchObject({ rule: 'NUMBER_PRECISION_LOST', field: 'partyCertNo', severity: 'error', value: '8.65E+17' });
    expect(v.message).toContain('文本');
    expect(v.message).toContain('行政相对人编码');
  });
});

describe('date', () => {
  it.each([
    ['2024-01-02', '2024-01-02'],
    ['2024-1-2', '2024-01-02'],
    ['2024/1/2', '2024-01-02'],
    ['2024/01/02', '2024-01-02'],
    ['2024.1.2', '2024-01-02'],
    ['2024年1月2日', '2024-01-02'],
    ['2024年01月02日', '2024-01-02'],
    ['2024年1月2', '2024-01-02'],
    ['２０２４年１月２日', '2024-01-02'],
    ['２０２４－０１－０２', '2024-01-02'],
    ['20240102', '2024-01-02'],
    ['20240102134500', '2024-01-02'],
    ['45293', '2024-01-02'],
    ['45293.5729166667', '2024-01-02'],
    ['2024-01-02 13:45:00', '2024-01-02'],
    ['2024-01-02T13:45', '2024-01-02'],
    ['2024年1月2日 13时45分', '2024-01-02'],
    ['2024年1月2日13时45分30秒', '2024-01-02'],
    ['2024-02-29', '2024-02-29'],
    ['检查时间：2024-01-02', '2024-01-02'],
    // an instant with a zone is a Beijing calendar day
    ['2024-01-01T16:00:00.000Z', '2024-01-02'],
    ['Tue Jan 02 2024 13:45:00 GMT+0800 (中国标准时间)', '2024-01-02'],
  ])('%j → %j', (raw, expected) => expect(one('checkDate', raw)).toEqual({ value: expected, codes: [] }));

  it.each([
    '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-01-32', '20240230', '2024-01-02 25:00',
    '60', '59', '100', '12345', '80001', '1899-12-31', 'abc', '2024年', '2024-01', '明天',
  ])('%j → INVALID_DATE', (raw) => {
    expect(one('checkDate', raw)).toEqual({ value: null, codes: ['INVALID_DATE'] });
  });
});

describe('Excel serial numbers', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // from 61 on Excel is one ahead because of its 1900-02-29
    [20000, '1954-10-03'],
    [45293, '2024-01-02'],
    [80000, '2119-01-11'],
  ])('%d → %s', (serial, expected) => expect(excelSerialToIsoDate(serial)).toBe(expected));

  it('60 is the 1900-02-29 that never was', () => expect(excelSerialToIsoDate(60)).toBeNull());
  it('0 and negatives are no dates', () => {
    expect(excelSerialToIsoDate(0)).toBeNull();
    expect(excelSerialToIsoDate(-5)).toBeNull();
  });
});

describe('datetime', () => {
  it.each([
    ['2024-01-02', '2024-01-02T00:00:00+08:00'],
    ['2024-01-02 13:45', '2024-01-02T13:45:00+08:00'],
    ['2024-01-02 13:45:07', '2024-01-02T13:45:07+08:00'],
    ['2024/1/2 9:05:00', '2024-01-02T09:05:00+08:00'],
    ['2024年1月2日 13时45分', '2024-01-02T13:45:00+08:00'],
    ['20240102134500', '2024-01-02T13:45:00+08:00'],
    ['45293.5729166667', '2024-01-02T13:45:00+08:00'],
    ['2024-01-02T13:45:00+08:00', '2024-01-02T13:45:00+08:00'],
    ['2024-01-02T05:45:00Z', '2024-01-02T13:45:00+08:00'],
    ['2024-01-01T20:00:00-05:00', '2024-01-02T09:00:00+08:00'],
    ['2024-12-31T18:30:00+0000', '2025-01-01T02:30:00+08:00'],
  ])('%j → %j', (raw, expected) => expect(one('reportedAt', raw)).toEqual({ value: expected, codes: [] }));

  it('an impossible time is INVALID_DATE', () => {
    expect(one('reportedAt', '2024-01-02 24:00:00').codes).toEqual(['INVALID_DATE']);
    expect(one('reportedAt', '2024-01-02 12:60').codes).toEqual(['INVALID_DATE']);
  });
});

describe('integer and decimal', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['１，２３４', 1234],
    ['12.0', 12],
    ['-3', -3],
  ])('integer %j → %j', (raw, expected) => expect(value('count', raw)).toBe(expected));

  it.each(['1.5', 'abc', '12345678901234567890', '1,2,3.4.5'])('integer %j → INVALID_NUMBER', (raw) => {
    expect(one('count', raw).codes).toEqual(['INVALID_NUMBER']);
  });

  it.each([
    ['0.05', '0.05'],
    ['1,234.50', '1234.5'],
    ['１，２３４．５０', '1234.5'],
    ['.5', '0.5'],
    ['007.100', '7.1'],
    ['-0.0', '0'],
    ['0.1', '0.1'],
    ['12345678901234567890.123456789', '12345678901234567890.123456789'],
    ['1.5E+3', '1500'],
  ])('decimal %j → %j (exact text)', (raw, expected) => expect(value('ratio', raw)).toBe(expected));

  it.each(['abc', '1.2.3', '.', '-', '5%'])('decimal %j → INVALID_NUMBER or null', (raw) => {
    const r = one('ratio', raw);
    expect(r.value).toBeNull();
    if (raw !== '-') expect(r.codes).toEqual(['INVALID_NUMBER']);
  });
});

describe('money', () => {
  it.each([
    ['fineYuan', '3000', '3000'],
    ['fineYuan', '3,000.00', '3000'],
    ['fineYuan', '12.5万元', '125000'],
    ['fineYuan', '12.5万', '125000'],
    ['fineYuan', '0.0001万元', '1'],
    ['fineYuan', '3000元', '3000'],
    ['fineYuan', '¥3,000', '3000'],
    ['fineYuan', '￥３０００元', '3000'],
    ['fineYuan', '人民币3000元整', '3000'],
    ['fineYuan', '0.1万元', '1000'],
    ['fineWan', '3000元', '0.3'],
    ['fineWan', '1元', '0.0001'],
    ['fineWan', '0.07元', '0.000007'],
    ['fineWan', '12.5', '12.5'],
    ['fineWan', '12.5万元', '12.5'],
  ])('%s %j → %j', (field, raw, expected) => expect(one(field, raw)).toEqual({ value: expected, codes: [] }));

  it('the header unit applies when the cell has none; a cell suffix wins over it', () => {
    expect(one('fineYuan', '12.5', { fineYuan: '万元' }).value).toBe('125000');
    expect(one('fineYuan', '3000元', { fineYuan: '万元' }).value).toBe('3000');
    expect(one('fineWan', '3000', { fineWan: '元' }).value).toBe('0.3');
  });

  it('no floating-point error: 0.1 + 0.2 style amounts stay exact', () => {
    expect(value('fineYuan', '1.1万元')).toBe('11000');
    expect(value('fineYuan', '0.0003万元')).toBe('3');
    expect(value('fineWan', '123456789.01元')).toBe('12345.678901');
  });

  it.each(['三千元', 'abc', '12.5美元'])('%j → INVALID_AMOUNT', (raw) => {
    expect(one('fineYuan', raw)).toEqual({ value: null, codes: ['INVALID_AMOUNT'] });
  });
});

describe('boolean', () => {
  it.each([
    ['是', true], ['否', false], ['Y', true], ['n', false], ['yes', true], ['NO', false], ['true', true], ['FALSE', false],
    ['1', true], ['0', false], ['√', true], ['×', false], ['Ｙ', true], [' 是 ', true],
  ])('%j → %j', (raw, expected) => expect(one('hearing', raw)).toEqual({ value: expected, codes: [] }));

  it('无 is empty, 也许 is unreadable', () => {
    expect(one('hearing', '无')).toEqual({ value: null, codes: [] });
    expect(one('hearing', '也许')).toEqual({ value: null, codes: ['INVALID_BOOLEAN'] });
  });
});

describe('list', () => {
  it.each([
    ['A001,A002', ['A001', 'A002']],
    ['A001，A002', ['A001', 'A002']],
    ['A001;A002；A003', ['A001', 'A002', 'A003']],
    ['A001、A002', ['A001', 'A002']],
    ['A001\nA002\r\nA003', ['A001', 'A002', 'A003']],
    [' A001 ,, A002 , ', ['A001', 'A002']],
    ['A001', ['A001']],
    [',，;', null],
  ])('%j → %j', (raw, expected) => expect(value('inspectors', raw)).toEqual(expected));
});

describe('standardiseRow', () => {
  it('gives every field a value and one violation per unreadable cell, with the original text', () => {
    const row = standardiseRow(spec, {
      itemCode: '３３０１００１１０００００１',
      partyName: '杭州某某有限公司',
      partyCertNo: '8.65E+17',
      checkDate: '2024-02-30',
      fineYuan: '12.5万元',
      hearing: '否',
      inspectors: 'A001、A002',
    });
    expect(row.values).toEqual({
      itemCode: '33010011000001',
      partyName: '杭州某某有限公司',
      partyCertNo: null,
      checkDate: null,
      reportedAt: null,
      count: null,
      ratio: null,
      fineYuan: '125000',
      fineWan: null,
      hearing: false,
      inspectors: ['A001', 'A002'],
    });
    expect(row.violations).toEqual([
      expect.objectContaining({ rule: 'NUMBER_PRECISION_LOST', field: 'partyCertNo', value: '8.65E+17', severity: 'error' }),
      expect.objectContaining({ rule: 'INVALID_DATE', field: 'checkDate', value: '2024-02-30', severity: 'error' }),
    ]);
  });
});

describe('date fast path agrees with the general parser', () => {
  it.each([
    ['2024/01/02 13:45:00', '2024-01-02T13:45:00+08:00'],
    ['2024-01-02T13:45:00', '2024-01-02T13:45:00+08:00'],
    ['2024-01-02 23:59:59', '2024-01-02T23:59:59+08:00'],
  ])('%j → %j', (raw, expected) => expect(one('reportedAt', raw).value).toBe(expected));

  it.each(['2024-02-30 10:00:00', '2024-01-02 24:00:00', '2024-01-02 10:60:00', '1899-01-02', '2024-1a-02'])('%j → INVALID_DATE', (raw) => {
    expect(one('reportedAt', raw).codes).toEqual(['INVALID_DATE']);
  });
});
