import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError } from '../errors';

export const NESTED_DEFAULT = 20;
export const NESTED_MAX = 100;

/** `first` of a list nested under an entity (a subject's inspections …): 0 to 100. */
export function nestedLimit(first: number | null | undefined): number {
  const limit = first ?? NESTED_DEFAULT;
  if (!Number.isInteger(limit) || limit < 0 || limit > NESTED_MAX) {
    throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${NESTED_MAX}之间`, 'first');
  }
  return limit;
}

export interface FirstRowsPerKeyOptions {
  /** Schema-qualified table, e.g. `"credit"."penalty_publicity"`; its alias in the other clauses is `t`. */
  table: string;
  keyColumn: string;
  /** Order inside each key's partition, e.g. `t.decision_date desc, t.id desc` (match an index). */
  orderBy: string;
  /** Further conditions on `t`, with `?` placeholders for `params`. */
  where?: string;
  params?: unknown[];
}

/**
 * The first `limit` rows of every key in ONE statement (row_number() per partition), so that a federated
 * list of N parents costs one query, not N. Returns the entities grouped in the order of `keys`.
 */
export async function firstRowsPerKey<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  keys: readonly string[],
  limit: number,
  { table, keyColumn, orderBy, where = 'true', params = [] }: FirstRowsPerKeyOptions,
): Promise<T[][]> {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  const distinct = [...groups.keys()];
  if (limit > 0 && distinct.length > 0) {
    const sql = `select * from (select t.*, row_number() over (partition by t.${keyColumn} order by ${orderBy}) as "rank_in_key"
      from ${table} t where t.${keyColumn} in (?) and (${where})) ranked
      where "rank_in_key" <= ? order by ${keyColumn}, "rank_in_key"`;
    // knex expands the array into one placeholder per key.
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [distinct, ...params, limit], 'all');
    for (const { rank_in_key: _rank, ...row } of rows) {
      groups.get(String(row[keyColumn]))?.push(em.map(entity, row as never));
    }
  }
  return keys.map((k) => groups.get(k)!);
}
