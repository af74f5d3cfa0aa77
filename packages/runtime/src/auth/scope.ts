import { regionPrefix } from '../database/like';
import type { HubUser } from './user';

/**
 * What part of a library a caller may see. `department` is staff (and, for writes, leaders): their own
 * department's records in their region and below; `region` is leaders and admins: every department in their
 * region and below; `all` is auditors and the system; `none` is the public (public data has its own rules).
 */
export type Scope =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'region'; region: string; prefix: string }
  | { kind: 'department'; region: string; prefix: string; dept: string; deptName: string; orgs: string[] };

const NONE: Scope = { kind: 'none' };
const ALL: Scope = { kind: 'all' };

function departmentScope(user: HubUser): Scope {
  if (!user.dept) return NONE;
  return { kind: 'department', region: user.region, prefix: regionPrefix(user.region), dept: user.dept, deptName: user.deptName ?? user.dept, orgs: user.orgs };
}

/** Records a user may read in a department-owned library. */
export function readScope(user: HubUser): Scope {
  switch (user.role) {
    case 'auditor':
    case 'system':
      return ALL;
    case 'leader':
    case 'city_admin':
    case 'province_admin':
      return { kind: 'region', region: user.region, prefix: regionPrefix(user.region) };
    case 'staff':
      return departmentScope(user);
    default:
      return NONE;
  }
}

/** Records a user may create or change: department staff and leaders write their own department's; auditors and admins write none. */
export function writeScope(user: HubUser): Scope {
  switch (user.role) {
    case 'system':
      return ALL;
    case 'staff':
    case 'leader':
      return departmentScope(user);
    default:
      return NONE;
  }
}

/**
 * Where a record keeps what scope needs, as entity property names: its division code, and one way of naming
 * its department (organ USCC, department code, or department name, in that order of preference).
 */
export interface ScopeFields {
  region?: string;
  org?: string;
  dept?: string;
  deptName?: string;
}

/**
 * A MikroORM filter for the scope: `undefined` means no restriction, `null` means nothing is visible (the
 * caller answers empty without asking the database).
 */
export function scopeFilter(scope: Scope, fields: ScopeFields): Record<string, unknown> | null | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return null;
  const where: Record<string, unknown> = {};
  if (fields.region) where[fields.region] = { $like: `${scope.prefix}%` };
  if (scope.kind === 'department') {
    if (fields.org) where[fields.org] = scope.orgs.length ? { $in: scope.orgs } : { $in: ['-'] };
    else if (fields.dept) where[fields.dept] = scope.dept;
    else if (fields.deptName) where[fields.deptName] = scope.deptName;
    else return null; // a department-owned record type that names no department: staff see none of it
  }
  return where;
}

/**
 * The same rule for one record already loaded (references, loaders, write checks). As in scopeFilter, a
 * department scope over fields that name no department matches nothing.
 */
export function inScope(scope: Scope, record: object, fields: ScopeFields): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  const value = (name?: string) => (name ? ((record as Record<string, unknown>)[name] as string | null | undefined) : undefined);
  if (fields.region && !(value(fields.region) ?? '').startsWith(scope.prefix)) return false;
  if (scope.kind === 'region') return true;
  if (fields.org) return scope.orgs.includes(value(fields.org) ?? '');
  if (fields.dept) return value(fields.dept) === scope.dept;
  if (fields.deptName) return value(fields.deptName) === scope.deptName;
  return false;
}

/** SQL for raw queries: a condition on `alias` columns and its parameters (same rules as scopeFilter). */
export function scopeSql(scope: Scope, columns: ScopeFields): { sql: string; params: unknown[] } | null | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return null;
  const parts: string[] = [];
  const params: unknown[] = [];
  if (columns.region) {
    parts.push(`${columns.region} like ?`);
    params.push(`${scope.prefix}%`);
  }
  if (scope.kind === 'department') {
    if (columns.org) {
      // knex expands an array parameter into a list: `in (?)` → `in ('a', 'b')`.
      if (!scope.orgs.length) return null;
      parts.push(`${columns.org} in (?)`);
      params.push(scope.orgs);
    } else if (columns.dept) {
      parts.push(`${columns.dept} = ?`);
      params.push(scope.dept);
    } else if (columns.deptName) {
      parts.push(`${columns.deptName} = ?`);
      params.push(scope.deptName);
    } else return null;
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}
