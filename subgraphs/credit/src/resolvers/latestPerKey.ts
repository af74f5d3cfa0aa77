import { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError } from '@hub/runtime';

export const NESTED_DEFAULT = 20;
export const NESTED_MAX = 100;

/** `first` of a list nested under an entity: 0 to 100. */
export function nestedLimit(first: number | null | undefined): number {
  const limit = first ?? NESTED_DEFAULT;
  if (!Number.isInteger(limit) || limit < 0 || limit > NESTED_MAX) {
    throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${NESTED_MAX}之间`, 'first');
  }
  return limit;
}

export interface LatestPerKeyOptions {
  /** Schema-qualified table, e.g. "credit"."penalty_publicity". */
  table: string;
  keyColumn: string;
  /** ORDER BY inside each key's partition, e.g. `decision_date desc, id`. */
  orderBy: string;
  /** Further conditions on the table's own columns (constant SQL, no user input). */
  where: string;
}

/**
 * The first `limit` rows of every key in ONE statement (row_number() per partition), so that a federated
 * list of N parents costs one query, not N. Returns entities grouped in key order.
 */
export async function latestPerKey<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  keys: readonly string[],
  limit: number,
  { table, keyColumn, orderBy, where }: LatestPerKeyOptions,
): Promise<T[][]> {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  if (limit === 0 || keys.length === 0) return keys.map((k) => groups.get(k)!);
  const sql = `select * from (select t.*, row_number() over (partition by t.${keyColumn} order by ${orderBy}) as "rank_in_key"
    from ${table} t where t.${keyColumn} in (?) and ${where}) ranked
    where "rank_in_key" <= ? order by ${keyColumn}, "rank_in_key"`;
  // knex expands the array into one placeholder per key.
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, [[...keys], limit], 'all');
  for (const { rank_in_key: _rank, ...row } of rows) {
    groups.get(row[keyColumn] as string)?.push(em.map(entity, row as never));
  }
  return keys.map((k) => groups.get(k)!);
}
