import type { FilterQuery } from '@mikro-orm/core';
import { HubError, HubUser, inScope, notFound, Page, readScope, scopeFilter, scopeSql, writeScope } from '@hub/runtime';
import { SCOPE_FIELDS, ScopedType } from './policy';

// The policy (policy.ts) applied to queries, loaded records and writes. Every read path of a scoped type
// goes through one of these, so that lists, by-key queries, loaders and `_entities` agree.

/** The list's conditions plus the reader's scope; null when the reader may see none of the type. */
export function scopedWhere<T>(user: HubUser, type: ScopedType, and: FilterQuery<T>[]): FilterQuery<T> | null {
  const scope = scopeFilter(readScope(user), SCOPE_FIELDS[type]);
  if (scope === null) return null;
  return { $and: scope ? [...and, scope as FilterQuery<T>] : and } as FilterQuery<T>;
}

/** The record when the user may read it, else null (by-key queries, references, record fields). */
export function visible<T extends object>(user: HubUser, type: ScopedType, record: T | null | undefined): T | null {
  return record && inScope(readScope(user), record, SCOPE_FIELDS[type]) ? record : null;
}

/**
 * The scope as a raw SQL condition on `alias` (columns are the snake_case of the policy's properties):
 * undefined = no restriction, null = nothing visible.
 */
export function scopeCondition(user: HubUser, type: ScopedType, alias = 't'): { sql: string; params: unknown[] } | null | undefined {
  const { region, org } = SCOPE_FIELDS[type];
  return scopeSql(readScope(user), { region: column(alias, region), org: column(alias, org) });
}

const column = (alias: string, property: string) => `${alias}.${property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;

/**
 * A write is allowed when the record's organ is one of the user's department's organs and its division is
 * inside the user's region. `fieldOf` names the input field a refusal points at (default: the property).
 */
export function assertWritable(
  user: HubUser,
  type: ScopedType,
  record: object,
  fieldOf: (property: string) => string = (property) => property,
): void {
  const scope = writeScope(user);
  const { region, org } = SCOPE_FIELDS[type];
  const value = (property: string) => String((record as Record<string, unknown>)[property] ?? '');
  if (scope.kind === 'none') throw new HubError('FORBIDDEN', '当前角色无权登记或修改监管行为数据');
  if (!inScope(scope, record, { org })) {
    const dept = scope.kind === 'department' ? scope.deptName : '';
    throw new HubError('FORBIDDEN', `无权登记或修改机构 ${value(org)} 的记录：只能处理本部门（${dept}）的记录`, fieldOf(org));
  }
  // The organ is allowed by now, so the whole rule fails only on the region.
  if (!inScope(scope, record, { region, org })) {
    const own = scope.kind === 'department' || scope.kind === 'region' ? scope.region : '';
    throw new HubError('FORBIDDEN', `无权登记或修改区划 ${value(region)} 的记录：超出本人管辖区域 ${own}`, fieldOf(region));
  }
}

/**
 * The stored record an update or delete works on: one the user cannot read is "not found" (as if absent),
 * one they can read but not write (a leader's other departments) is FORBIDDEN on `id`.
 */
export function writableRecord<T extends object>(user: HubUser, type: ScopedType, record: T | null | undefined, what: string, id: string): T {
  const found = visible(user, type, record);
  if (!found) throw notFound(what, id, 'id');
  assertWritable(user, type, found, () => 'id');
  return found;
}

/** `sourceDept` of what a user writes: their department (the system keeps what the record says). */
export const sourceDeptOf = (user: HubUser) => (user.dept ? { sourceDept: user.dept } : {});

/** What a list answers to a reader who may see none of it: no rows, count 0, no query. */
export function emptyPage<T>(): Page<T> {
  return { nodes: [], cursors: [], hasNextPage: false, count: async () => 0 };
}
