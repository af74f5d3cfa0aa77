import type { ChunkDb, GovernedRow, IngestContext, ReferenceCheck } from '@hub/governance';
import { uuidv7 } from '@hub/governance';

/**
 * Versioned catalogue records (items, implementation lists) written by an import, a chunk at a time, with
 * the invariants of the online versioning (src/versioning): exactly one current version per code; a change
 * closes the current version (is_current false, effective_to = the new version's effective_from,
 * superseded_at now) and writes the next version_no as current; what belonged to the previous version
 * (sub-items, check contents) is carried over. A row whose content equals the current version's is a
 * duplicate: nothing is written. Content means the business columns (`content`), not effective_from or
 * source_dept.
 */
export interface VersionedTable {
  /** e.g. `catalog.reg_item`. */
  table: string;
  /** Column of the business code, e.g. `item_code`. */
  code: string;
  /** Columns that make a version's content. */
  content: string[];
  /** Free-text content columns: compared after width folding, as imported text is standardised. */
  text: string[];
  /** The columns the import writes besides the versioning ones (id, source_dept, effective_from, content). */
  columns: string[];
  /** The previous version's children to copy to the new version. */
  children?: { table: string; parent: string; columns: string[] };
}

export interface CurrentVersion {
  code: string;
  effectiveFrom: string;
  /** The row's content equals the current version's. */
  same: boolean;
  /** Further columns of the current version asked for. */
  extra: Record<string, unknown>;
}

/**
 * Imported text is width-folded (`，（）` → `,()`), stored text need not be (online entry, the seed): the
 * stored side is folded the same way before comparing, so re-delivering an item unchanged is a duplicate.
 * `translate` drops the invisible marks that have no counterpart.
 */
const WIDE = [...Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)), '\u3000', '\u00A0', '\uFFE5', '\u200B', '\uFEFF'].join('');
const NARROW = [...Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)), ' ', ' ', '¥'].join('');
const FOLD_PARAMS = [WIDE, NARROW];

/** `$2`, `$3`: WIDE and NARROW. */
const storedRow = (t: VersionedTable) => `row(${t.content.map((c) => (t.text.includes(c) ? `translate(c.${c}, $2, $3)` : `c.${c}`)).join(', ')})`;
const importedRow = (t: VersionedTable) => `row(${t.content.map((c) => `i.${c}`).join(', ')})`;

/** The current versions of the chunk's codes, each compared with its row (one query). */
export async function currentVersions(db: ChunkDb, t: VersionedTable, json: Record<string, unknown>[], extra: string[] = []): Promise<Map<string, CurrentVersion>> {
  if (!json.length) return new Map();
  const { rows } = await db.query(
    `select c.${t.code} as code, c.effective_from::text as effective_from, ${storedRow(t)} is not distinct from ${importedRow(t)} as same
       ${extra.map((e) => `, c.${e}`).join('')}
     from json_populate_recordset(null::${t.table}, $1::json) i join ${t.table} c on c.${t.code} = i.${t.code} and c.is_current`,
    [JSON.stringify(json), ...FOLD_PARAMS],
  );
  return new Map(rows.map((r: Record<string, unknown>) => [
    String(r.code),
    { code: String(r.code), effectiveFrom: String(r.effective_from), same: Boolean(r.same), extra: Object.fromEntries(extra.map((e) => [e, r[e]])) },
  ]));
}

/**
 * A new version may not take effect before the version it replaces (as `assertCanSupersede`): the row is
 * sent back on its 生效日期.
 */
export function checkEffectiveOrder(rows: GovernedRow[], codeField: string, current: Map<string, CurrentVersion>, effectiveFrom: (row: GovernedRow) => string, rule: string): void {
  for (const row of rows) {
    const cur = current.get(row.values[codeField] as string);
    if (!cur || cur.same) continue;
    const from = effectiveFrom(row);
    if (from < cur.effectiveFrom) {
      row.violations.push({ rule, field: 'effectiveFrom', severity: 'error', message: `新版本生效日期 ${from} 不能早于当前版本的生效日期 ${cur.effectiveFrom}`, value: from });
    }
  }
}

/**
 * Writes a chunk: (1) closes the current versions whose content differs, (2) inserts every row whose code
 * has no current version (new codes as version 1, changed ones as the next version), (3) carries the closed
 * versions' children over. Returns the stored rows' new version ids by row number; rows left out had
 * identical content (duplicates).
 */
export async function storeVersions(db: ChunkDb, t: VersionedTable, rows: GovernedRow[], toJson: (row: GovernedRow, id: string) => Record<string, unknown>, context: IngestContext): Promise<Map<number, string>> {
  const records = rows.map((row) => ({ row, id: uuidv7() }));
  const json = JSON.stringify(records.map(({ row, id }) => toJson(row, id)));
  const { rows: closed } = await db.query<{ prev_id: string; code: string }>(
    `update ${t.table} c set is_current = false, effective_to = i.effective_from, superseded_at = now(), updated_at = now(), version = c.version + 1
     from json_populate_recordset(null::${t.table}, $1::json) i
     where c.${t.code} = i.${t.code} and c.is_current and ${storedRow(t)} is distinct from ${importedRow(t)}
     returning c.id as prev_id, c.${t.code} as code`,
    [json, ...FOLD_PARAMS],
  );
  const { rows: inserted } = await db.query<{ id: string; code: string }>(
    `insert into ${t.table} (${t.columns.join(', ')}, version_no, is_current)
     select ${t.columns.map((c) => `i.${c}`).join(', ')}, coalesce((select max(v.version_no) from ${t.table} v where v.${t.code} = i.${t.code}), 0) + 1, true
     from json_populate_recordset(null::${t.table}, $1::json) i
     where not exists (select 1 from ${t.table} c where c.${t.code} = i.${t.code} and c.is_current)
     on conflict do nothing
     returning id, ${t.code} as code`,
    [json],
  );
  const newIdOf = new Map(inserted.map((r) => [r.code, r.id]));
  const carried = closed.filter((c) => newIdOf.has(c.code)).map((c) => ({ prev_id: c.prev_id, new_id: newIdOf.get(c.code) }));
  if (t.children && carried.length) {
    const { table, parent, columns } = t.children;
    await db.query(
      `insert into ${table} (id, source_dept, ${parent}, ${columns.join(', ')})
       select gen_random_uuid(), $2, p.new_id, ${columns.map((c) => `s.${c}`).join(', ')}
       from ${table} s join json_to_recordset($1::json) as p(prev_id uuid, new_id uuid) on s.${parent} = p.prev_id`,
      [JSON.stringify(carried), context.sourceDept],
    );
  }
  const codeOf = new Map(inserted.map((r) => [r.id, r.code]));
  const superseded = new Set(closed.map((c) => c.code));
  const stored = new Map<number, string>();
  for (const { row, id } of records) {
    if (!codeOf.has(id)) continue;
    stored.set(row.rowNumber, id);
    // A new version of a known code is an update of the item (cd_operation u upward).
    row.outcome = superseded.has(codeOf.get(id)!) ? 'updated' : 'inserted';
  }
  return stored;
}

/** `reference` rules naming a current item (target `regItem`): one query per chunk. */
export async function checkItemReferences(db: ChunkDb, rows: GovernedRow[], references: Map<GovernedRow, ReferenceCheck[]>): Promise<void> {
  const wanted = new Set<string>();
  for (const row of rows) for (const check of references.get(row) ?? []) if (check.target === 'regItem' && check.value) wanted.add(String(check.value));
  if (!wanted.size) return;
  const { rows: found } = await db.query<{ v: string }>(
    `select item_code as v from catalog.reg_item where item_code = any($1) and is_current and data_status = 'normal'`,
    [[...wanted]],
  );
  const existing = new Set(found.map((r) => r.v));
  for (const row of rows) {
    for (const check of references.get(row) ?? []) {
      if (check.target !== 'regItem' || !check.value || existing.has(String(check.value))) continue;
      row.violations.push({ rule: check.rule.code, field: check.field, severity: check.rule.severity, message: `${check.rule.description}：${String(check.value)}`, value: String(check.value) });
    }
  }
}
