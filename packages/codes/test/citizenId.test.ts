import {
  citizenId15To18,
  citizenIdCheckChar,
  isValidCitizenId,
  makeCitizenId,
  normalizeCitizenId,
  parseCitizenId,
} from '../src';
import { pick, seededRandom } from './support/random';

describe('isValidCitizenId', () => {
  test.each([
    ['11010519491231002X', true],
    ['440524188001010014', true],
    ['440882198503293017', true],
    ['110105194912310021', false],
    ['11010519491231002x', false],
  ])('%s → %s', (id, expected) => {
    expect(isValidCitizenId(id)).toBe(expected);
  });

  test('lowercase x is accepted after normalizeCitizenId', () => {
    expect(normalizeCitizenId(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(isValidCitizenId(normalizeCitizenId('11010519491231002x'))).toBe(true);
  });

  test.each([
    ['unknown province prefix 99', makeWithCheck('99010519491231002')],
    ['province prefix 10', makeWithCheck('10010519491231002')],
    ['February 30', makeWithCheck('11010519490230002')],
    ['month 13', makeWithCheck('11010519491331002')],
    ['1900 is not a leap year', makeWithCheck('11010519000229002')],
    ['17 characters', '11010519491231002'],
    ['separator inside', '110105-9491231002X'],
    ['regex of #sgsSql admitted |', '11010519491231002|'],
  ])('rejects %s', (_why, id) => {
    expect(isValidCitizenId(id)).toBe(false);
  });

  test('accepts 29 February of a leap year', () => {
    expect(isValidCitizenId(makeWithCheck('11010520000229002'))).toBe(true);
  });

  test('rejects a birth date after the reference day (China time)', () => {
    const id = makeWithCheck('11010520240601002');
    // 2024-05-31T16:00Z is already 1 June in Beijing.
    expect(isValidCitizenId(id, { now: new Date('2024-05-31T16:00:00Z') })).toBe(true);
    expect(isValidCitizenId(id, { now: new Date('2024-05-31T15:59:59Z') })).toBe(false);
  });

  test('optional full area predicate', () => {
    expect(isValidCitizenId('11010519491231002X', { isAreaCode: (c) => c === '110105' })).toBe(true);
    expect(isValidCitizenId('11010519491231002X', { isAreaCode: () => false })).toBe(false);
  });
});

function makeWithCheck(first17: string): string {
  return first17 + citizenIdCheckChar(first17);
}

test('citizenIdCheckChar throws on non-digits', () => {
  expect(() => citizenIdCheckChar('1101051949123100X')).toThrow(RangeError);
});

describe('citizenId15To18', () => {
  test('110105491231002 → 11010519491231002X', () => {
    expect(citizenId15To18('110105491231002')).toBe('11010519491231002X');
  });

  test.each(['11010549123100', '11010549123100X', '1101054912310021'])('throws on %p', (s) => {
    expect(() => citizenId15To18(s)).toThrow(RangeError);
  });
});

describe('parseCitizenId', () => {
  test.each([
    ['11010519491231002X', { adCode: '110105', birthDate: '1949-12-31', sex: 'F' }],
    ['440524188001010014', { adCode: '440524', birthDate: '1880-01-01', sex: 'M' }],
    ['440882198503293017', { adCode: '440882', birthDate: '1985-03-29', sex: 'M' }],
  ])('%s', (id, parts) => {
    expect(parseCitizenId(id)).toEqual(parts);
  });

  test('null when invalid', () => {
    expect(parseCitizenId('110105194912310021')).toBeNull();
  });
});

describe('makeCitizenId', () => {
  test('reproduces the standard example', () => {
    expect(makeCitizenId('110105', '19491231', '002')).toBe('11010519491231002X');
  });

  test('1000 generated numbers all validate and parse back', () => {
    const random = seededRandom(11643);
    const provinces = ['11', '31', '44', '46', '50', '65', '71', '81', '82'];
    for (let i = 0; i < 1000; i++) {
      const ad = provinces[Math.floor(random() * provinces.length)] + pick(random, '0123456789', 4);
      const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(random() * 45000) * 86400000);
      const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
      const seq = pick(random, '0123456789', 3);
      const id = makeCitizenId(ad, birth, seq);
      expect(isValidCitizenId(id)).toBe(true);
      expect(parseCitizenId(id)).toEqual({
        adCode: ad,
        birthDate: day.toISOString().slice(0, 10),
        sex: Number(seq[2]) % 2 === 1 ? 'M' : 'F',
      });
    }
  });

  test.each([
    ['990105', '19491231', '002'],
    ['11010', '19491231', '002'],
    ['110105', '19490231', '002'],
    ['110105', '29991231', '002'],
    ['110105', '19491231', '02'],
  ])('throws on %p %p %p', (ad, birth, seq) => {
    expect(() => makeCitizenId(ad, birth, seq)).toThrow(RangeError);
  });
});

test('no single-digit substitution of a valid number is valid', () => {
  // Weights 2^(18-i) mod 11 are non-zero mod 11, so each substitution changes the check.
  const random = seededRandom(2260);
  let count = 0;
  for (let i = 0; i < 100; i++) {
    const id = makeCitizenId('110105', '19800101', pick(random, '0123456789', 3));
    for (let pos = 0; pos < 18; pos++) {
      for (const c of '0123456789X') {
        if (c === id[pos]) continue;
        if (isValidCitizenId(id.slice(0, pos) + c + id.slice(pos + 1))) count++;
      }
    }
  }
  expect(count).toBe(0);
});
