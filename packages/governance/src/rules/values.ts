/** How rules read values: standardised rows (strings, numbers, booleans, lists) and online input (Dates too). */
import type { RuleDefinition, Violation } from '../types';

export function isMissing(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim().length === 0;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** The value as text for messages and the rectification screen. */
export function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : beijingText(v.getTime());
  if (Array.isArray(v)) return v.map(asText).join('、');
  return String(v);
}

/**
 * Pushes a violation of `rule` for the value — or each item of a list — that `ok` rejects. `ok` is built
 * once per rule at compile time, so judging a row allocates nothing unless something fails.
 */
export function judgeEach(v: unknown, ok: (s: string) => boolean, rule: RuleDefinition, field: string, out: { violations: Violation[] }): void {
  if (typeof v === 'string') {
    if (v.length > 0 && !ok(v) && v.trim().length > 0) out.violations.push(violation(rule, field, v));
    return;
  }
  if (v === null || v === undefined) return;
  if (Array.isArray(v)) {
    for (const item of v) {
      if (isMissing(item)) continue;
      const s = asText(item);
      if (!ok(s)) out.violations.push(violation(rule, field, s));
    }
    return;
  }
  const s = asText(v);
  if (!ok(s)) out.violations.push(violation(rule, field, s));
}

const MAX_SHOWN = 60;

export function violation(rule: RuleDefinition, field: string, value: string | null): Violation {
  const shown = value === null ? '' : value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return {
    rule: rule.code,
    field,
    severity: rule.severity,
    message: value === null ? rule.description : `${rule.description}：${shown}`,
    value,
  };
}

const BEIJING_MS = 8 * 3_600_000;
const CANONICAL_TIME = 25; // YYYY-MM-DDTHH:mm:ss+08:00
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Beijing wall-clock ISO text of an instant, in the form standardised datetimes have. */
function beijingText(ms: number): string {
  return `${new Date(ms + BEIJING_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A date or point in time as canonical Beijing text — `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss+08:00` —
 * which sorts in time order as plain text. Standardised values are canonical already and pass through
 * untouched; Dates (online entry) and other ISO text are converted. Null when unreadable.
 */
export function toMoment(v: unknown): string | null {
  if (typeof v === 'string') {
    if (v.length === 10) return ISO_DAY.test(v) ? v : null;
    if (v.length === CANONICAL_TIME && v.charCodeAt(10) === 84 && v.endsWith('+08:00')) return v;
    if (v.length < 16) return null;
    // Text without a zone is Beijing time.
    const ms = Date.parse(HAS_ZONE.test(v) ? v : `${v.replace(' ', 'T')}+08:00`);
    return Number.isNaN(ms) ? null : beijingText(ms);
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : beijingText(v.getTime());
  return null;
}

/** Negative when a is earlier: by instant when both have a time, else by calendar day (no allocation). */
export function compareMoments(a: string, b: string): number {
  const n = a.length === 10 || b.length === 10 ? 10 : CANONICAL_TIME;
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}
