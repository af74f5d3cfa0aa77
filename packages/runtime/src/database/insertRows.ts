import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Bulk insert for seeds and imports: the rows (keyed by entity property or by column name) go as ONE
 * JSON parameter expanded by `json_populate_recordset` with the table's own row type. A VALUES list of
 * thousands of bound parameters costs PostgreSQL more to parse than to write, and the ORM's query
 * builder more to build. Rows whose key is already taken are skipped (`on conflict do nothing`, on
 * `conflictColumn` or on any unique key); returns the number of rows inserted. Columns a row leaves out
 * are NULL, columns no row names get their defaults.
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: readonly Record<string, unknown>[],
  { conflictColumn = 'id' }: { conflictColumn?: string | null } = {},
): Promise<number> {
  if (!rows.length) return 0;
  const meta = em.getMetadata().get(entity as never);
  const columnOf = (key: string) => meta.properties[key as never]?.fieldNames?.[0] ?? key;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const payload = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [columnOf(key), value])));
  const columns = keys.map((key) => `"${columnOf(key)}"`).join(', ');
  const schema = meta.schema && meta.schema !== '*' ? meta.schema : em.config.get('schema');
  const table = `"${schema}"."${meta.tableName}"`;
  const conflict = conflictColumn ? `("${conflictColumn}")` : '';
  const result = await em.getConnection().execute<{ rowCount?: number; affectedRows?: number }>(
    `insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, ?::json) on conflict ${conflict} do nothing`,
    [JSON.stringify(payload)],
    'run',
  );
  return result.affectedRows ?? result.rowCount ?? 0;
}
