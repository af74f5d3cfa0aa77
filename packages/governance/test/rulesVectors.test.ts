/** domain.md §12 test vectors through the checksum rules (the algorithms themselves live in @hub/codes). */
import { compileRules, validate } from '../src/rules';
import { standardiseRow } from '../src/standardise';
import { only } from './standardiseFixtures';

const passes = (algorithm: string, value: string) =>
  validate(compileRules([{ code: 'C', kind: 'checksum', field: 'x', params: { algorithm }, severity: 'error', description: '无效' }], []), { x: value })
    .violations.length === 0;

describe('USCC (GB 32100)', () => {
  it.each([
    '91330100716105852F', '9144030071526726XG', '914403001922038216', '91110000710926094P', '91110108551385082Q',
    '91110000802100433B', '9135052155323005XL', '91230184MA1BUFLT44', '92371000MA3MXH0E3W', '91230500MA1B3N1N2M',
    '91350100M000100Y43', '911101081000004460', '911101081000006810', '9111010810000018XA',
  ])('valid %s', (code) => expect(passes('uscc', code)).toBe(true));

  it.each([
    '914210031524040048', '91330100716105852G', '91330100716105852I', '91330100761105852F', '00000000000000000X',
    '91110000100000780Y', '913100007504624702',
  ])('invalid %s', (code) => expect(passes('uscc', code)).toBe(false));
});

describe('citizen ID (GB 11643)', () => {
  it.each(['11010519491231002X', '440524188001010014', '440882198503293017'])('valid %s', (id) => expect(passes('citizenId', id)).toBe(true));
  it('invalid check character', () => expect(passes('citizenId', '110105194912310021')).toBe(false));
  it('lowercase x fails the rule but is normalised by standardisation', () => {
    expect(passes('citizenId', '11010519491231002x')).toBe(false);
    const id = standardiseRow(only('partyCertNo'), { partyCertNo: '11010519491231002x' }).values.partyCertNo as string;
    expect(passes('citizenId', id)).toBe(true);
  });
  it('15 → 18 digits by standardisation, then valid', () => {
    const id = standardiseRow(only('partyCertNo'), { partyCertNo: '110105491231002' }).values.partyCertNo as string;
    expect(id).toBe('11010519491231002X');
    expect(passes('usccOrCitizenId', id)).toBe(true);
  });
});

describe('监管事项目录编码 and 检查实施清单编码', () => {
  it('item code is exactly 14 digits', () => {
    expect(passes('itemCode', '12345678901234')).toBe(true);
    expect(passes('itemCode', '1234567890123')).toBe(false);
    expect(passes('itemCode', '1234567890123A')).toBe(false);
  });
  it('impl list code: USCC + level 1–5 + suffix', () => {
    expect(passes('implListCode', '91330100716105852F3001')).toBe(true);
    expect(passes('implListCode', '91330100716105852F6001')).toBe(false);
  });
});
