import type { ChunkDb, GovernedRow } from '../types';

/** How a record type's table takes governed rows: which unique key identifies a record, what a re-delivery may change. */
export interface UpsertTable {
  /** Schema-qualified table, e.g. `enforcement.penalty`. */
  table: string;
  /** Columns written on insert (including `id`). */
  columns: string[];
  /** The natural key: the columns of a unique constraint of the table, e.g. `['org_code', 'action_code']`. */
  key: string[];
  /**
   * Written when the record is first stored and never changed by a re-delivery: its identity and when it
   * was first reported (timeliness is measured on that). `id`, `source_dept` and `reported_at` always are.
   */
  insertOnly?: string[];
}

export interface UpsertRecord {
  row: GovernedRow;
  /** Column values of the row (with a fresh `id`, used only when the record is new). */
  values: Record<string, unknown>;
}

const ALWAYS_INSERT_ONLY = ['id', 'source_dept', 'reported_at'];
const SEPARATOR = '\u001f';

/**
 * Stores governed rows in one statement, by natural key: a new key is inserted; a known key whose content
 * differs, or that was deleted, is updated in place (same id, `version` + 1, deleted → normal again;
 * cd_operation u upward); a known key with the same content stores nothing (a duplicate, left out of the
 * result). Sets `row.outcome` on the rows stored and returns their record ids by row number. A key twice in the rows: the later one is stored, the earlier is a duplicate.
 */
export async function upsertRecords(db: ChunkDb, t: UpsertTable, records: UpsertRecord[]): Promise<Map<number, string>> {
  const stored = new Map<number, string>();
  if (!records.length) return stored;
  const keyOf = (values: Record<string, unknown>) => t.key.map((k) => String(values[k] ?? '')).join(SEPARATOR);
  const byKey = new Map<string, UpsertRecord>();
  for (const record of records) {
    const key = keyOf(record.values);
    byKey.delete(key); // keeps the order of the later one
    byKey.set(key, record);
  }
  const insertOnly = new Set([...ALWAYS_INSERT_ONLY, ...(t.insertOnly ?? []), ...t.key]);
  const changeable = t.columns.filter((c) => !insertOnly.has(c));
  const list = t.columns.map(quote).join(', ');
  const keyText = `concat_ws(E'\\x1f', ${t.key.map((k) => `r.${quote(k)}::text`).join(', ')})`;
  const update = changeable.length
    ? `do update set ${changeable.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}, updated_at = now(), version = r.version + 1,
         data_status = case when r.data_status = 'deleted' then 'normal' else r.data_status end
       where (${changeable.map((c) => `r.${quote(c)}`).join(', ')}) is distinct from (${changeable.map((c) => `excluded.${quote(c)}`).join(', ')})
         or r.data_status = 'deleted'`
    : 'do nothing';
  const { rows } = await db.query<{ id: string; key: string; inserted: boolean }>(
    `insert into ${t.table} as r (${list})
     select ${list} from json_populate_recordset(null::${t.table}, $1::json)
     on conflict (${t.key.map(quote).join(', ')}) ${update}
     returning r.id, ${keyText} as key, (r.xmax = 0) as inserted`,
    [JSON.stringify([...byKey.values()].map((r) => r.values))],
  );
  for (const { id, key, inserted } of rows) {
    const record = byKey.get(key);
    if (!record) throw new Error(`upsertRecords(${t.table}): 返回的键 ${key} 与提交的记录对不上（键列的文本形式须与提交值一致）`);
    record.row.outcome = inserted ? 'inserted' : 'updated';
    stored.set(record.row.rowNumber, id);
  }
  return stored;
}

const quote = (column: string) => `"${column}"`;
