import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { GovernedRow, RecordTypeSpec } from '@hub/governance';

/**
 * A natural key delivered more than once in one batch.
 * - A file is a snapshot: the same record twice with the same content is a duplicate; with different content
 *   the later row is sent back (DUPLICATE_KEY_CONFLICT, naming the earlier row) — two different records under
 *   one 文书号 / 行为编号 is a defect of the data, not something to settle silently. Rows of earlier chunks
 *   are remembered in a temporary table of the import's connection (unlogged, gone with the session), so
 *   memory stays flat; after a crash, rows committed before the checkpoint are judged as the stored record
 *   (an update when they differ).
 * - Online entry, push and pull are streams of events: records apply in order, the later version wins (in a
 *   chunk the earlier occurrence is superseded and counted as a duplicate; across chunks it is an update).
 */
export type RepeatPolicy = 'snapshot' | 'sequence';

export const repeatPolicyOf = (channel: 'online' | 'file' | 'pull' | 'push'): RepeatPolicy => (channel === 'file' ? 'snapshot' : 'sequence');

const TABLE = 'pg_temp.import_batch_key';

/** Prepares the connection's memory of keys for a batch (a resumed batch starts from an empty one). */
export async function openKeyMemory(client: PoolClient, batchId: string): Promise<void> {
  await client.query(`create temp table if not exists import_batch_key (batch_id uuid not null, key text not null, row_number int not null, digest text not null, primary key (batch_id, key))`);
  await client.query(`delete from ${TABLE} where batch_id <> $1`, [batchId]);
}

export async function closeKeyMemory(client: PoolClient, batchId: string): Promise<void> {
  await client.query(`delete from ${TABLE} where batch_id = $1`, [batchId]);
}

interface Keyed {
  row: GovernedRow;
  key: string;
  digest: string;
}

const digestOf = (row: GovernedRow) => createHash('sha1').update(JSON.stringify(row.values)).digest('base64');

/**
 * Applies the policy to the valid rows of a chunk (`keyOf` null = no complete key: nothing to compare).
 * Returns the rows to go on with and how many were duplicates; conflicting rows get their error.
 */
export async function settleRepeatedKeys(
  client: PoolClient,
  policy: RepeatPolicy,
  batchId: string,
  spec: RecordTypeSpec,
  rows: GovernedRow[],
  keyOf: (row: GovernedRow) => string | null,
  isValid: (row: GovernedRow) => boolean,
): Promise<{ rows: GovernedRow[]; duplicates: number }> {
  const dropped = new Set<GovernedRow>();
  if (policy === 'sequence') {
    const latest = new Map<string, GovernedRow>();
    for (const row of rows) {
      const key = isValid(row) ? keyOf(row) : null;
      if (key === null) continue;
      const earlier = latest.get(key);
      if (earlier) dropped.add(earlier);
      latest.set(key, row);
    }
    return { rows: dropped.size ? rows.filter((r) => !dropped.has(r)) : rows, duplicates: dropped.size };
  }

  const first = new Map<string, Keyed>();
  for (const row of rows) {
    const key = isValid(row) ? keyOf(row) : null;
    if (key === null) continue;
    const digest = digestOf(row);
    const earlier = first.get(key);
    if (!earlier) first.set(key, { row, key, digest });
    else if (earlier.digest === digest) dropped.add(row);
    else conflict(spec, row, earlier.row.rowNumber);
  }
  if (first.size) {
    const keyed = [...first.values()];
    // Keys new to the batch are remembered; the others were delivered in an earlier chunk.
    const { rows: added } = await client.query<{ key: string }>(
      `insert into ${TABLE} (batch_id, key, row_number, digest) select $1, * from unnest($2::text[], $3::int[], $4::text[])
       on conflict do nothing returning key`,
      [batchId, keyed.map((k) => k.key), keyed.map((k) => k.row.rowNumber), keyed.map((k) => k.digest)],
    );
    if (added.length < keyed.length) {
      const isNew = new Set(added.map((a) => a.key));
      const seen = keyed.filter((k) => !isNew.has(k.key));
      const { rows: earlier } = await client.query<{ key: string; row_number: number; digest: string }>(
        `select key, row_number, digest from ${TABLE} where batch_id = $1 and key = any($2::text[])`,
        [batchId, seen.map((k) => k.key)],
      );
      const byKey = new Map(earlier.map((e) => [e.key, e]));
      for (const k of seen) {
        const e = byKey.get(k.key);
        if (!e || e.row_number === k.row.rowNumber) continue; // the same row again (a resumed chunk)
        if (e.digest === k.digest) dropped.add(k.row);
        else conflict(spec, k.row, e.row_number);
      }
    }
  }
  return { rows: dropped.size ? rows.filter((r) => !dropped.has(r)) : rows, duplicates: dropped.size };
}

function conflict(spec: RecordTypeSpec, row: GovernedRow, earlierRow: number): void {
  const fields = spec.naturalKey.map((name) => spec.fields.find((f) => f.name === name)?.header ?? name);
  const value = spec.naturalKey.map((name) => String(row.values[name] ?? '')).join(' / ');
  row.violations.push({
    rule: 'DUPLICATE_KEY_CONFLICT',
    field: spec.naturalKey[spec.naturalKey.length - 1],
    severity: 'error',
    message: `${fields.join('+')}「${value}」与本批第 ${earlierRow} 行相同，但其他内容不同：同一条记录在一个文件中只能有一个版本。第 ${earlierRow} 行已入库；如本行才是正确版本，整改后重新提交即更新该记录`,
    value,
  });
}
