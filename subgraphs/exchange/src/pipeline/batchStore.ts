import type { CdOperation, ChunkDb, GovernedRow, Violation } from '@hub/governance';
import { uuidv7 } from '@hub/governance';

const OPERATION_OF: Record<NonNullable<GovernedRow['outcome']>, CdOperation> = { inserted: 'i', updated: 'u', deleted: 'd' };

/** What became of the rows of a batch, or of one chunk of it: received = stored + rejected + duplicates. */
export interface BatchCounts {
  received: number;
  stored: number;
  /** Of `stored`: known records updated in place. */
  updated: number;
  /** Of `stored`: records deleted (操作类型 D). */
  deleted: number;
  rejected: number;
  duplicates: number;
  warnings: number;
}

export interface BatchRow extends BatchCounts {
  id: string;
  status: string;
  checkpointRow: number;
}

export interface BatchStart {
  batchKey: string;
  recordType: string;
  deptCode: string;
  channel: 'online' | 'file' | 'pull' | 'push';
  fileName?: string | null;
  createdBy: string;
  ruleSetVersion: number;
}

const toBatch = (r: Record<string, any>): BatchRow => ({
  id: r.id,
  status: r.status,
  received: Number(r.received),
  stored: Number(r.stored),
  updated: Number(r.updated),
  deleted: Number(r.deleted),
  rejected: Number(r.rejected),
  duplicates: Number(r.duplicates),
  warnings: Number(r.warnings),
  checkpointRow: Number(r.checkpoint_row),
});

/**
 * The batch of `batchKey`: created on first delivery, found again on a re-run (which resumes after its
 * checkpoint, or stores nothing when it completed).
 */
export async function openBatch(db: ChunkDb, start: BatchStart): Promise<BatchRow> {
  await db.query(
    `insert into exchange.import_batch (id, batch_key, record_type, dept_code, channel, file_name, status, created_by, rule_set_version, source_dept)
     values ($1, $2, $3, $4, $5, $6, 'running', $7, $8, $4) on conflict (batch_key) do nothing`,
    [uuidv7(), start.batchKey, start.recordType, start.deptCode, start.channel, start.fileName ?? null, start.createdBy, start.ruleSetVersion],
  );
  const { rows } = await db.query(`select * from exchange.import_batch where batch_key = $1`, [start.batchKey]);
  const batch = rows[0];
  if (batch.record_type !== start.recordType || batch.dept_code !== start.deptCode) {
    throw new Error(`批次 ${start.batchKey} 已用于其他数据类型或部门（${batch.record_type}/${batch.dept_code}）`);
  }
  return toBatch(batch);
}

export interface ChunkOutcome extends BatchCounts {
  lastRow: number;
}

/** Adds a chunk's counts and moves the checkpoint, in the chunk's transaction. */
export async function commitChunk(db: ChunkDb, batchId: string, outcome: ChunkOutcome): Promise<void> {
  await db.query(
    `update exchange.import_batch set received = received + $2, stored = stored + $3, rejected = rejected + $4,
       duplicates = duplicates + $5, warnings = warnings + $6, checkpoint_row = $7, updated = updated + $8, deleted = deleted + $9, updated_at = now(), version = version + 1
     where id = $1`,
    [batchId, outcome.received, outcome.stored, outcome.rejected, outcome.duplicates, outcome.warnings, outcome.lastRow, outcome.updated, outcome.deleted],
  );
}

/** Marks the batch done (or failed); durably, even on a connection that commits chunks asynchronously. */
export async function finishBatch(db: ChunkDb, batchId: string, error?: string): Promise<BatchRow> {
  await db.query('begin');
  await db.query('set local synchronous_commit = on');
  const { rows } = await db.query(
    `update exchange.import_batch set status = $2, error = $3, finished_at = now(), updated_at = now(), version = version + 1 where id = $1 returning *`,
    [batchId, error ? 'failed' : 'completed', error?.slice(0, 1000) ?? null],
  );
  await db.query('commit');
  return toBatch(rows[0]);
}

/** Rejected rows with what was sent and every violation, for the department to correct. */
export async function insertRejects(db: ChunkDb, batchId: string, recordType: string, deptCode: string, rows: GovernedRow[]): Promise<void> {
  if (!rows.length) return;
  const json = rows.map((r) => ({
    id: uuidv7(), batch_id: batchId, record_type: recordType, dept_code: deptCode, source_dept: deptCode,
    row_number: r.rowNumber, payload: r.raw, violations: r.violations,
  }));
  await db.query(
    `insert into exchange.rejected_record (id, batch_id, record_type, dept_code, source_dept, row_number, payload, violations)
     select id, batch_id, record_type, dept_code, source_dept, row_number, payload, violations
     from json_populate_recordset(null::exchange.rejected_record, $1::json)
     on conflict (batch_id, row_number) do nothing`,
    [JSON.stringify(json)],
  );
}

/** Stored rows that broke warning rules: the flag stays beside the record. */
export async function insertFlags(db: ChunkDb, batchId: string, recordType: string, flagged: { row: GovernedRow; recordId: string; warnings: Violation[] }[]): Promise<void> {
  if (!flagged.length) return;
  const json = flagged.map(({ row, recordId, warnings }) => ({ id: uuidv7(), batch_id: batchId, row_number: row.rowNumber, record_type: recordType, record_id: recordId, violations: warnings }));
  await db.query(
    `insert into exchange.record_flag (id, batch_id, row_number, record_type, record_id, violations)
     select id, batch_id, row_number, record_type, record_id, violations from json_populate_recordset(null::exchange.record_flag, $1::json)
     on conflict (batch_id, row_number) do nothing`,
    [JSON.stringify(json)],
  );
}

/** Stored records into the upward outbox, in the transaction that stored them (cd_operation i, u for an update, d for a deletion). */
export async function insertOutbox(db: ChunkDb, recordType: string, deptCode: string, stored: { row: GovernedRow; recordId: string }[]): Promise<void> {
  if (!stored.length) return;
  const json = stored.map(({ row, recordId }) => ({ id: uuidv7(), record_type: recordType, record_id: recordId, operation: OPERATION_OF[row.outcome ?? 'inserted'], dept_code: deptCode, payload: withoutEmpty(row.values) }));
  await db.query(
    `insert into exchange.outbox (id, record_type, record_id, operation, dept_code, payload)
     select id, record_type, record_id, operation, dept_code, payload from json_populate_recordset(null::exchange.outbox, $1::json)`,
    [JSON.stringify(json)],
  );
}

/** The fields that have a value: the envelope's receiver reads a missing field as empty. */
function withoutEmpty(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in values) {
    const value = values[key];
    if (value !== null && value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
