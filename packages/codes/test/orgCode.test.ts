import { formatOrgCode, isValidOrgCode, orgCodeCheckChar } from '../src';

describe('isValidOrgCode', () => {
  test.each([
    ['71610585-2', true],
    ['D2143569-X', true],
    ['55323005-X', true],
    ['10000004-0', true],
    ['12345678-X', false],
  ])('%s → %s', (code, expected) => {
    expect(isValidOrgCode(code)).toBe(expected);
  });

  test.each(['716105852', 'D2143569X', '100000040'])('accepts the compact form %s', (code) => {
    expect(isValidOrgCode(code)).toBe(true);
  });

  test.each(['', '71610585', '71610585--2', 'd2143569-X', 'D2143569-x', '7161058-52', '71610585-A'])(
    'rejects malformed %p',
    (code) => {
      expect(isValidOrgCode(code)).toBe(false);
    },
  );
});

describe('orgCodeCheckChar', () => {
  test.each([
    ['12345678', '8'],
    ['10000004', '0'],
    ['D2143569', 'X'],
    ['71610585', '2'],
  ])('%s → %s', (body, check) => {
    expect(orgCodeCheckChar(body)).toBe(check);
  });

  test.each(['1234567', '123456789', '1234567a'])('throws on %p', (body) => {
    expect(() => orgCodeCheckChar(body)).toThrow(RangeError);
  });
});

test('formatOrgCode', () => {
  expect(formatOrgCode('716105852')).toBe('71610585-2');
  expect(formatOrgCode('71610585-2')).toBe('71610585-2');
  expect(formatOrgCode('12345678-X')).toBeNull();
});
