import { USCC_CHARSET, isValidUscc, makeUscc, normalizeUscc, parseUscc, usccCheckChar } from '../src';
import { pick, seededRandom } from './support/random';

// domain.md §12 vectors.
const VALID = [
  '91330100716105852F',
  '9144030071526726XG',
  '914403001922038216',
  '91110000710926094P',
  '91110108551385082Q',
  '91110000802100433B',
  '9135052155323005XL',
  '91230184MA1BUFLT44',
  '92371000MA3MXH0E3W',
  '91230500MA1B3N1N2M',
  '91350100M000100Y43',
];
const EDGE_VALID = ['911101081000004460', '911101081000006810', '9111010810000018XA'];
const INVALID = [
  '914210031524040048',
  '91330100716105852G',
  '91330100716105852I',
  '91330100761105852F',
  '00000000000000000X',
  '91110000100000780Y',
  '913100007504624702',
];

describe('isValidUscc', () => {
  test.each([...VALID, ...EDGE_VALID].map((code) => [code, true] as const))('%s → %s', (code, expected) => {
    expect(isValidUscc(code)).toBe(expected);
  });

  test.each(INVALID.map((code) => [code, false] as const))('%s → %s', (code, expected) => {
    expect(isValidUscc(code)).toBe(expected);
  });

  test.each([
    ['911101081000004460', '0'],
    ['911101081000006810', '0'],
  ])('check character 0 when the weighted sum is divisible by 31: %s', (code, check) => {
    expect(usccCheckChar(code.slice(0, 17))).toBe(check);
  });

  test('the transposition vector would need check T', () => {
    expect(usccCheckChar('91330100761105852')).toBe('T');
  });

  test.each(['', '91330100716105852', '91330100716105852F0', '91330100716105852f', 'ABCDEFGH716105852F', 91330100])(
    'rejects malformed input %p',
    (input) => {
      expect(isValidUscc(input as string)).toBe(false);
    },
  );

  test('lowercase is rejected until normalised', () => {
    expect(isValidUscc('91230184ma1buflt44')).toBe(false);
    expect(isValidUscc(normalizeUscc(' 91230184ma1buflt44 '))).toBe(true);
  });

  test('rejects an all-zero placeholder although both checksums pass', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
    expect(isValidUscc('000000000000000000')).toBe(false);
  });

  test('embedded organization code check can be switched off', () => {
    // Valid mod-31 check, but chars 9-17 fail GB 11714.
    const body = '911101081000000';
    const first17 = `${body}01`;
    const code = first17 + usccCheckChar(first17);
    expect(isValidUscc(code)).toBe(false);
    expect(isValidUscc(code, { checkOrgCode: false })).toBe(true);
  });

  test('optional area predicate', () => {
    expect(isValidUscc(VALID[0], { isAdCode: (c) => c === '330100' })).toBe(true);
    expect(isValidUscc(VALID[0], { isAdCode: () => false })).toBe(false);
  });
});

describe('usccCheckChar', () => {
  test.each(['9133010071610585', '91330100716105852F', '9133010071610585I'])('throws on malformed body %p', (body) => {
    expect(() => usccCheckChar(body)).toThrow(RangeError);
  });
});

describe('parseUscc', () => {
  test('splits a valid code', () => {
    expect(parseUscc('91330100716105852F')).toEqual({
      registrationDept: '9',
      orgCategory: '1',
      adCode: '330100',
      orgCode: '716105852',
      check: 'F',
    });
  });

  test('null for an invalid code', () => {
    expect(parseUscc('91330100716105852G')).toBeNull();
  });
});

describe('makeUscc', () => {
  test('rebuilds the real vectors from their parts', () => {
    for (const code of [...VALID, ...EDGE_VALID]) {
      expect(makeUscc(code.slice(0, 2), code.slice(2, 8), code.slice(8, 16))).toBe(code);
    }
  });

  test('1000 generated codes all validate and parse back', () => {
    const random = seededRandom(32100);
    const nonZero = USCC_CHARSET.slice(1);
    for (let i = 0; i < 1000; i++) {
      const prefix = pick(random, nonZero, 2);
      const ad = pick(random, '0123456789', 6);
      const body = pick(random, USCC_CHARSET, 8);
      const code = makeUscc(prefix, ad, body);
      expect(isValidUscc(code)).toBe(true);
      expect(parseUscc(code)).toMatchObject({ adCode: ad, orgCode: expect.stringMatching(new RegExp(`^${body}`)) });
    }
  });

  test.each([
    ['0A', '330100', '71610585'],
    ['9I', '330100', '71610585'],
    ['91', '33010A', '71610585'],
    ['91', '330100', '7161058O'],
    ['91', '330100', '7161058'],
  ])('throws on bad parts %p %p %p', (prefix, ad, body) => {
    expect(() => makeUscc(prefix, ad, body)).toThrow(RangeError);
  });
});

describe('single-character substitutions', () => {
  // Weights are non-zero mod 31 (a prime), so every substitution among the 31 characters changes
  // the sum mod 31: no flip of a valid code may yield another valid code.
  function flips(code: string): string[] {
    const out: string[] = [];
    for (let pos = 0; pos < code.length; pos++) {
      for (const c of USCC_CHARSET) if (c !== code[pos]) out.push(code.slice(0, pos) + c + code.slice(pos + 1));
    }
    return out;
  }

  test.each([...VALID, ...EDGE_VALID])('no single flip of %s is valid', (code) => {
    const validFlips = flips(code).filter((f) => isValidUscc(f, { checkOrgCode: false }));
    expect(validFlips).toEqual([]);
  });

  test('no single flip of 200 generated codes is valid', () => {
    const random = seededRandom(11714);
    let count = 0;
    for (let i = 0; i < 200; i++) {
      const prefix = pick(random, USCC_CHARSET.slice(1), 2);
      const code = makeUscc(prefix, pick(random, '0123456789', 6), pick(random, USCC_CHARSET, 8));
      count += flips(code).filter((f) => isValidUscc(f, { checkOrgCode: false })).length;
    }
    expect(count).toBe(0);
  });
});
