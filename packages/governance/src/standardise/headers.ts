/**
 * Header mapping: the file's header cells → field names of a record type. Departments write the national
 * header, an alias, a machine name, with `*` required marks, full-width letters, spaces, line breaks and
 * units in brackets (`罚款金额（万元）`); all of these map to the same field.
 */
import type { RecordTypeSpec } from '../types';
import { toHalfWidth } from './text';

export type MoneyUnit = '元' | '万元';

export interface HeaderMapping {
  /** File header (as given) → field name. */
  byHeader: Record<string, string>;
  /** Headers that match no field (their cells are kept in the raw payload only). */
  unknown: string[];
  /** Headers naming a field that an earlier column already took (the first column wins). */
  duplicates: string[];
  /** Required fields without a column. */
  missingRequired: string[];
  /** Money fields whose header names a unit, e.g. `罚款金额（万元）` → `{ fineYuan: '万元' }`. */
  units: Record<string, MoneyUnit>;
}

const SPACES = /\s+/g;
const LEADING_MARKS = /^[*※]+/;
const TRAILING_MARKS = /[*:]+$/;
/** A trailing bracketed part: `(万元)`, `[元]`, `(YYYY-MM-DD)`. */
const TRAILING_BRACKET = /[([<]([^()[\]<>]*)[)\]>]$/;

/** Width-folded, without spaces, required marks or a trailing colon; Latin letters lower-cased. */
export function normaliseHeader(h: string): string {
  return toHalfWidth(h).replace(SPACES, '').replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').toLowerCase();
}

/** Splits a trailing bracket off a normalised header: `罚款金额(万元)` → [`罚款金额`, `万元`]. */
function splitBracket(h: string): [string, string] | null {
  const m = TRAILING_BRACKET.exec(h);
  return m && m.index > 0 ? [h.slice(0, m.index), m[1]] : null;
}

function unitOf(s: string): MoneyUnit | null {
  if (s === '元' || s === '人民币元' || s === '单位:元') return '元';
  if (s === '万元' || s === '人民币万元' || s === '单位:万元') return '万元';
  return null;
}

interface HeaderIndex {
  byKey: Map<string, string>;
}

const indexCache = new WeakMap<RecordTypeSpec, HeaderIndex>();

/** Every accepted spelling of every field, normalised; built once per spec. */
function headerIndex(spec: RecordTypeSpec): HeaderIndex {
  let index = indexCache.get(spec);
  if (index) return index;
  const byKey = new Map<string, string>();
  const add = (key: string, field: string) => {
    // First claim wins: a field's own header beats another field's alias only if listed earlier.
    if (key && !byKey.has(key)) byKey.set(key, field);
  };
  // Pass 1: headers and names; pass 2: aliases — so an alias never shadows another field's real header.
  for (const f of spec.fields) {
    const h = normaliseHeader(f.header);
    add(h, f.name);
    add(f.name.toLowerCase(), f.name);
  }
  for (const f of spec.fields) {
    const h = normaliseHeader(f.header);
    const bare = splitBracket(h);
    if (bare) add(bare[0], f.name);
    for (const a of f.aliases ?? []) {
      const n = normaliseHeader(a);
      add(n, f.name);
      const b = splitBracket(n);
      if (b) add(b[0], f.name);
    }
  }
  index = { byKey };
  indexCache.set(spec, index);
  return index;
}

export function mapHeaders(spec: RecordTypeSpec, headers: string[]): HeaderMapping {
  const { byKey } = headerIndex(spec);
  const kindOf = new Map(spec.fields.map((f) => [f.name, f.kind]));
  const result: HeaderMapping = { byHeader: {}, unknown: [], duplicates: [], missingRequired: [], units: {} };
  const taken = new Set<string>();
  for (const header of headers) {
    const key = normaliseHeader(header);
    let field = byKey.get(key);
    let unit: MoneyUnit | null = null;
    const parts = splitBracket(key);
    if (parts) {
      unit = unitOf(parts[1]);
      // The full text first (a field's header may itself end in a bracket), then without the bracket.
      field ??= byKey.get(parts[0]);
    }
    if (!field) {
      result.unknown.push(header);
      continue;
    }
    if (taken.has(field)) {
      result.duplicates.push(header);
      continue;
    }
    taken.add(field);
    result.byHeader[header] = field;
    if (unit && kindOf.get(field) === 'money') result.units[field] = unit;
  }
  for (const f of spec.fields) if (f.required && !taken.has(f.name)) result.missingRequired.push(f.name);
  return result;
}
