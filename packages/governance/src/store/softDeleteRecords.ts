import type { ChunkDb, GovernedRow, IngestContext } from '../types';

/** How a record type's records are deleted by a delivery: found by natural key, among the department's own. */
export interface DeletableTable {
  /** Schema-qualified table, e.g. `enforcement.penalty`. */
  table: string;
  /** Natural key columns and the row fields that give them, in order, e.g. `[['decision_no', 'decisionNo']]`. */
  key: [column: string, field: string][];
  /** The column that says whose record it is: an organ's USCC (one of the department's organs) or the source department. */
  owner: { column: string; of: 'organ' | 'department' };
}

/**
 * 删除 (cd_operation d): marks the department's records named by the rows' natural keys as deleted — kept,
 * hidden from reads, version + 1. A row whose record is not there (or not the department's) is sent back
 * with RECORD_NOT_FOUND; one whose record was deleted already stores nothing (a duplicate). Returns the
 * deleted records' ids by row number and sets `row.outcome`.
 */
export async function softDeleteRecords(db: ChunkDb, t: DeletableTable, rows: GovernedRow[], context: IngestContext): Promise<Map<number, string>> {
  const deleted = new Map<number, string>();
  if (!rows.length) return deleted;
  const owners = t.owner.of === 'organ' ? context.orgs : [context.sourceDept];
  const keyOf = (values: Record<string, unknown>) => t.key.map(([, field]) => String(values[field] ?? '')).join('\u001f');
  const columns = t.key.map((_, i) => `k.c${i}`);
  const join = t.key.map(([column], i) => `r."${column}"::text = k.c${i}`).join(' and ');
  const { rows: found } = await db.query<{ id: string; key: string; data_status: string }>(
    `select r.id, concat_ws(E'\\x1f', ${columns.join(', ')}) as key, r.data_status
     from unnest(${t.key.map((_, i) => `$${i + 1}::text[]`).join(', ')}) as k(${t.key.map((_, i) => `c${i}`).join(', ')})
     join ${t.table} r on ${join}
     where r."${t.owner.column}" = any($${t.key.length + 1}::text[])`,
    [...t.key.map(([, field]) => rows.map((row) => String(row.values[field] ?? ''))), owners],
  );
  const byKey = new Map(found.map((f) => [f.key, f]));
  const toDelete = new Set<string>();
  for (const row of rows) {
    const record = byKey.get(keyOf(row.values));
    if (!record) {
      const keyText = t.key.map(([, field]) => String(row.values[field] ?? '')).join(' / ');
      row.violations.push({
        rule: 'RECORD_NOT_FOUND', field: t.key[t.key.length - 1][1], severity: 'error',
        message: `要删除的记录「${keyText}」不存在，或不是本部门报送的记录`, value: keyText,
      });
      continue;
    }
    if (record.data_status === 'deleted' || toDelete.has(record.id)) continue;
    toDelete.add(record.id);
    deleted.set(row.rowNumber, record.id);
    row.outcome = 'deleted';
  }
  if (toDelete.size) {
    await db.query(`update ${t.table} set data_status = 'deleted', updated_at = now(), version = version + 1 where id = any($1::uuid[])`, [[...toDelete]]);
  }
  return deleted;
}
