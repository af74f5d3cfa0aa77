/** GB/T 4754-2017 国民经济行业分类: 门类 (A-T) > 大类 (2 digits) > 中类 (3) > 小类 (4). */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCsvRecords } from './csv';
import { resolveDataDir } from './dataDir';
import { INDUSTRY_SECTIONS } from './industrySections';

/** 1 门类, 2 大类, 3 中类, 4 小类. */
export type IndustryLevel = 1 | 2 | 3 | 4;

export interface Industry {
  code: string;
  name: string;
  level: IndustryLevel;
  /** Code of the enclosing class; null for 门类. */
  parent: string | null;
  /** Scope note of the standard, when it has one. */
  description?: string;
}

/** `builtin` holds the 20 门类 only. */
export type IndustrySource = 'data-dir' | 'builtin';

export const INDUSTRY_FILE = path.join('industry', 'gbt4754-2017.csv');

/** Code shape per level: a letter, then 2, 3 or 4 digits. */
const CODE_PATTERNS: Readonly<Record<IndustryLevel, RegExp>> = {
  1: /^[A-T]$/,
  2: /^\d{2}$/,
  3: /^\d{3}$/,
  4: /^\d{4}$/,
};

export class IndustryTable {
  private readonly byCode = new Map<string, Industry>();

  constructor(
    industries: Iterable<Industry>,
    readonly source: IndustrySource,
  ) {
    for (const i of industries) this.byCode.set(i.code, i);
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): Industry | undefined {
    return this.byCode.get(code);
  }

  isValid(code: string): boolean {
    return this.byCode.has(code);
  }

  name(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  /** Parent code; undefined for 门类 and unknown codes. */
  parent(code: string): string | undefined {
    return this.byCode.get(code)?.parent ?? undefined;
  }

  /** Direct children in code order (a 门类's 大类, a 大类's 中类 …). */
  children(code: string): string[] {
    const codes: string[] = [];
    for (const i of this.byCode.values()) if (i.parent === code) codes.push(i.code);
    return codes.sort();
  }

  /** The 20 门类 letters. */
  sections(): string[] {
    const codes: string[] = [];
    for (const i of this.byCode.values()) if (i.level === 1) codes.push(i.code);
    return codes.sort();
  }

  /** 小类 codes in code order; empty for the built-in table, which has no 小类. */
  leaves(): string[] {
    const codes: string[] = [];
    for (const i of this.byCode.values()) if (i.level === 4) codes.push(i.code);
    return codes.sort();
  }
}

export function builtinIndustries(): Industry[] {
  return INDUSTRY_SECTIONS.map(([code, name]) => ({ code, name, level: 1, parent: null }));
}

export function readIndustriesFile(file: string): Industry[] {
  return readCsvRecords(file, ['code', 'name', 'level', 'parentCode', 'description']).map((r, i) => {
    const level = Number(r.level) as IndustryLevel;
    const pattern = CODE_PATTERNS[level] as RegExp | undefined;
    if (pattern === undefined || !pattern.test(r.code) || (level > 1) !== (r.parentCode !== '')) {
      throw new Error(`${file}: malformed industry record ${i + 1} (${r.code})`);
    }
    const industry: Industry = { code: r.code, name: r.name, level, parent: r.parentCode || null };
    if (r.description) industry.description = r.description;
    return industry;
  });
}

const cache = new Map<string, IndustryTable>();
const BUILTIN_KEY = '\0builtin';

/**
 * Loads the table once per source and caches it. `dataDir` defaults to `resolveDataDir()`; pass
 * null to force the built-in 门类 list, which is also used when the directory lacks the file.
 */
export function loadIndustries(dataDir?: string | null): IndustryTable {
  const dir = dataDir === undefined ? resolveDataDir() : dataDir;
  const file = dir ? path.resolve(dir, INDUSTRY_FILE) : undefined;
  const key = file !== undefined && fs.existsSync(file) ? file : BUILTIN_KEY;
  let table = cache.get(key);
  if (table === undefined) {
    table =
      key === BUILTIN_KEY
        ? new IndustryTable(builtinIndustries(), 'builtin')
        : new IndustryTable(readIndustriesFile(key), 'data-dir');
    cache.set(key, table);
  }
  return table;
}
