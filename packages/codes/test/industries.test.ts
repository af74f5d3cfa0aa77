import * as fs from 'node:fs';
import * as path from 'node:path';
import { INDUSTRY_FILE, INDUSTRY_SECTIONS, loadIndustries, resolveDataDir } from '../src';

const dataDir = resolveDataDir();
// The data directory is optional (HUB_DATA_DIR or ../shared/data); without it only the fallback runs.
const withDataDir = dataDir && fs.existsSync(path.join(dataDir, INDUSTRY_FILE)) ? describe : describe.skip;

withDataDir('industries from the data directory', () => {
  const table = loadIndustries(dataDir);

  test('all four levels of GB/T 4754-2017', () => {
    expect(table.source).toBe('data-dir');
    expect(table.size).toBe(1971);
    expect(table.leaves()).toHaveLength(1381);
    expect(table.leaves().every((c) => /^\d{4}$/.test(c))).toBe(true);
  });

  test('0111 稻谷种植 → 011 → 01 → A', () => {
    expect(table.get('0111')).toEqual({ code: '0111', name: '稻谷种植', level: 4, parent: '011' });
    expect(table.parent('0111')).toBe('011');
    expect(table.parent('011')).toBe('01');
    expect(table.parent('01')).toBe('A');
    expect(table.parent('A')).toBeUndefined();
  });

  test('quoted descriptions with commas are read whole', () => {
    expect(table.get('51')?.description).toContain('以本单位(公司)的名义进行交易活动,也包括');
  });

  test('validity and names', () => {
    expect(table.isValid('6513')).toBe(true);
    expect(table.name('I')).toBe('信息传输、软件和信息技术服务业');
    expect(table.isValid('9999')).toBe(false);
    expect(table.isValid('U')).toBe(false);
  });

  test('门类 names match the built-in list', () => {
    for (const [code, name] of INDUSTRY_SECTIONS) expect(table.name(code)).toBe(name);
  });

  test('is cached', () => {
    expect(loadIndustries(dataDir)).toBe(table);
  });
});

describe('industries built in (no data directory)', () => {
  const table = loadIndustries(path.join(__dirname, 'no-such-data-dir'));

  test('the 20 门类 A-T', () => {
    expect(table.source).toBe('builtin');
    expect(table.size).toBe(20);
    expect(table.name('A')).toBe('农、林、牧、渔业');
    expect(table.name('T')).toBe('国际组织');
    expect(table.get('C')).toEqual({ code: 'C', name: '制造业', level: 1, parent: null });
    expect(table.parent('C')).toBeUndefined();
    expect(loadIndustries(null)).toBe(table);
  });

  test('no 小类 without the data directory', () => {
    expect(table.leaves()).toEqual([]);
    expect(table.isValid('0111')).toBe(false);
  });
});
