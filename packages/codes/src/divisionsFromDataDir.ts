/**
 * Reads GB/T 2260 divisions from a data directory: the newest `divisions/divisions-YYYY.csv`
 * (current codes) plus `divisions/division-history.csv` (every code since 1981; those not current
 * become retired entries). Both files follow yescallop/areacodes.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCsvRecords } from './csv';
import type { Division, DivisionLevel } from './division';

const CODE = /^\d{6}$/;
const HISTORY_LEVELS: Readonly<Record<string, DivisionLevel>> = { 省级: 1, 地级: 2, 县级: 3 };

/** Path of the newest `divisions-YYYY.csv` under `<dataDir>/divisions`, if any. */
export function findDivisionFile(dataDir: string): string | undefined {
  const dir = path.join(dataDir, 'divisions');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  const newest = names.filter((n) => /^divisions-\d{4}\.csv$/.test(n)).sort().pop();
  return newest === undefined ? undefined : path.join(dir, newest);
}

export function readDivisionsFromDataDir(currentFile: string): Division[] {
  const current = readCurrent(currentFile);
  const historyFile = path.join(path.dirname(currentFile), 'division-history.csv');
  if (!fs.existsSync(historyFile)) return current;
  return [...current, ...readRetired(historyFile, new Set(current.map((d) => d.code)))];
}

function readCurrent(file: string): Division[] {
  return readCsvRecords(file, ['code', 'name', 'level', 'parentCode']).map((r, i) => {
    const level = Number(r.level);
    const parentOk = r.parentCode === '' ? level === 1 : CODE.test(r.parentCode);
    if (!CODE.test(r.code) || !(level === 1 || level === 2 || level === 3) || !parentOk) {
      throw new Error(`${file}: malformed division record ${i + 1} (${r.code})`);
    }
    return { code: r.code, name: r.name, level, parent: r.parentCode || null, retired: false };
  });
}

interface HistoryRow {
  code: string;
  name: string;
  level: DivisionLevel;
  directlyUnderProvince: boolean;
  endYear: number;
  successors: string[];
}

/** Codes of the history file that are not current, each described by its last recorded row. */
function readRetired(file: string, currentCodes: ReadonlySet<string>): Division[] {
  const lastRow = new Map<string, HistoryRow>();
  readCsvRecords(file, ['代码', '二级行政区', '名称', '级别', '变更/弃用时间', '新代码']).forEach((r, i) => {
    const level = HISTORY_LEVELS[r['级别']];
    if (!CODE.test(r['代码']) || level === undefined) {
      throw new Error(`${file}: malformed division history record ${i + 1} (${r['代码']})`);
    }
    if (currentCodes.has(r['代码'])) return;
    const row: HistoryRow = {
      code: r['代码'],
      name: r['名称'],
      level,
      directlyUnderProvince: r['二级行政区'] === '直辖',
      endYear: Number(r['变更/弃用时间']) || 0,
      successors: parseSuccessors(r['新代码']),
    };
    const seen = lastRow.get(row.code);
    if (seen === undefined || row.endYear >= seen.endYear) lastRow.set(row.code, row);
  });
  const known = new Set([...currentCodes, ...lastRow.keys()]);
  return [...lastRow.values()].map((row) => ({
    code: row.code,
    name: row.name,
    level: row.level,
    parent: retiredParent(row, known),
    retired: true,
    retiredIn: row.endYear || undefined,
    successors: row.successors,
  }));
}

/** The history file names parents only by name, so derive the code from the code's own digits. */
function retiredParent(row: HistoryRow, known: ReadonlySet<string>): string | null {
  if (row.level === 1) return null;
  const province = `${row.code.slice(0, 2)}0000`;
  if (row.level === 2 || row.directlyUnderProvince) return province;
  const prefecture = `${row.code.slice(0, 4)}00`;
  return known.has(prefecture) ? prefecture : province;
}

/** `130102[2001];130108` → ['130102', '130108'] (the bracket holds the year of the change). */
function parseSuccessors(field: string): string[] {
  const codes = field
    .split(';')
    .map((part) => part.replace(/\[\d+\]$/, '').trim())
    .filter((code) => CODE.test(code));
  return [...new Set(codes)];
}
