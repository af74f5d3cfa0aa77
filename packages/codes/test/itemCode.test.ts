import { implListLevel, isValidImplListCode, isValidItemCode, isValidReportBatch } from '../src';

describe('isValidItemCode', () => {
  test.each([
    ['12345678901234', true],
    ['1234567890123', false],
    ['1234567890123A', false],
    ['123456789012345', false],
    ['', false],
  ])('%p → %s', (code, expected) => {
    expect(isValidItemCode(code)).toBe(expected);
  });
});

describe('isValidImplListCode', () => {
  test.each([
    ['91330100716105852F3001', true],
    ['91330100716105852F6001', false],
    ['91330100716105852F0001', false],
    ['91330100716105852F1a-B9', true],
    ['91330100716105852F5X', true],
    ['91330100716105852F3', false],
    ['91330100716105852F3_01', false],
    ['91330100716105852G3001', false],
    ['91330100716105852f3001', false],
  ])('%p → %s', (code, expected) => {
    expect(isValidImplListCode(code)).toBe(expected);
  });

  test('total length limit is 800 (varchar(800))', () => {
    const prefix = '91330100716105852F3';
    expect(isValidImplListCode(prefix + '0'.repeat(781))).toBe(true);
    expect(isValidImplListCode(prefix + '0'.repeat(782))).toBe(false);
  });
});

describe('implListLevel', () => {
  test.each([
    ['91330100716105852F1001', 1],
    ['91330100716105852F3001', 3],
    ['91330100716105852F5001', 5],
    ['91330100716105852F6001', null],
  ])('%p → %p', (code, level) => {
    expect(implListLevel(code)).toBe(level);
  });
});

describe('isValidReportBatch', () => {
  test.each([
    ['2019041100002', true],
    ['2019023000002', false],
    ['2019130100002', false],
    ['201904110002', false],
    ['20190411000021', false],
    ['2019041100O02', false],
  ])('%p → %s', (batch, expected) => {
    expect(isValidReportBatch(batch)).toBe(expected);
  });
});
