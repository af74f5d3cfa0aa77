import { mapHeaders, normaliseHeader } from '../src/standardise';
import { only, spec } from './standardiseFixtures';

describe('mapHeaders', () => {
  it('maps national headers, aliases and machine names; width, spaces, * marks and case do not matter', () => {
    const m = mapHeaders(spec, ['*监管事项目录编码', ' 当事人名称 ', '行政相对人编码', '检查 日期', 'reportedAt', 'ITEMCODE2', '＊执法证号', 'Hearing']);
    expect(m.byHeader).toEqual({
      '*监管事项目录编码': 'itemCode',
      ' 当事人名称 ': 'partyName',
      行政相对人编码: 'partyCertNo',
      '检查 日期': 'checkDate',
      reportedAt: 'reportedAt',
      '＊执法证号': 'inspectors',
      Hearing: 'hearing',
    });
    expect(m.unknown).toEqual(['ITEMCODE2']);
    expect(m.missingRequired).toEqual([]);
  });

  it('full-width Latin headers match machine names', () => {
    expect(mapHeaders(spec, ['ｉｔｅｍＣｏｄｅ']).byHeader).toEqual({ ｉｔｅｍＣｏｄｅ: 'itemCode' });
  });

  it('lists required fields without a column', () => {
    const m = mapHeaders(spec, ['监管事项目录编码', '检查时间']);
    expect(m.missingRequired).toEqual(['partyName', 'partyCertNo', 'inspectors']);
  });

  it('a unit in brackets is remembered for money fields', () => {
    const m = mapHeaders(only('fineYuan'), ['罚款金额（万元）']);
    expect(m.byHeader).toEqual({ '罚款金额（万元）': 'fineYuan' });
    expect(m.units).toEqual({ fineYuan: '万元' });
    expect(mapHeaders(only('fineWan'), ['罚款金额万元 [元]']).units).toEqual({ fineWan: '元' });
    // a unit on a field that is no amount means nothing
    expect(mapHeaders(spec, ['检查次数(元)']).units).toEqual({});
  });

  it('the field header itself (with its own unit) matches, and gives that unit', () => {
    const m = mapHeaders(spec, ['罚款金额(元)', '罚款金额（万元）']);
    // `罚款金额（万元）` is fineWan's own header: the exact header wins over fineYuan's bare alias.
    expect(m.byHeader).toEqual({ '罚款金额(元)': 'fineYuan', '罚款金额（万元）': 'fineWan' });
    expect(m.units).toEqual({ fineYuan: '元', fineWan: '万元' });
  });

  it('a non-unit bracket is dropped to find the field, no unit recorded', () => {
    const m = mapHeaders(spec, ['检查时间(YYYY-MM-DD)', '行政相对人名称（全称）']);
    expect(m.byHeader).toEqual({ '检查时间(YYYY-MM-DD)': 'checkDate', '行政相对人名称（全称）': 'partyName' });
    expect(m.units).toEqual({});
  });

  it('a second column for the same field is reported, the first wins', () => {
    // The readers rename repeated headers `名称(2)`: that bracket is not a field either.
    const m = mapHeaders(spec, ['检查时间', '检查日期', '检查时间(2)']);
    expect(m.byHeader).toEqual({ 检查时间: 'checkDate' });
    expect(m.duplicates).toEqual(['检查日期', '检查时间(2)']);
  });

  it('normaliseHeader', () => {
    expect(normaliseHeader(' *罚款 金额（万元）： ')).toBe('罚款金额(万元)');
    expect(normaliseHeader('Item\nCode')).toBe('itemcode');
  });
});
