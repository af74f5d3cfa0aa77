import type { PoolClient } from 'pg';
import { appendAuditSql, AuditEntry } from '@hub/runtime';
import { FileError, GovernedRow, IngestContext, isDeletion, RawRow, RecordIngest, RecordSource, ReferenceCheck } from '@hub/governance';
import { BatchRow, ChunkOutcome, commitChunk, finishBatch, insertFlags, insertOutbox, insertRejects, openBatch } from './batchStore';
import { createGovernor } from './govern';
import { removeRows } from './removeRows';
import { activeRuleSet } from './ruleSets';
import { closeKeyMemory, openKeyMemory, repeatPolicyOf, settleRepeatedKeys } from './repeatedKeys';

/** Where a delivery gets its one connection: a `pg` Pool, or the subgraph's own pool (knexPool). */
export interface ConnectionSource {
  connect(): Promise<PoolClient>;
}

export interface ImportRequest {
  pool: ConnectionSource;
  ingest: RecordIngest;
  source: RecordSource;
  /** Same key, same batch: a re-delivery stores nothing twice, a re-run after a crash resumes. */
  batchKey: string;
  channel: 'online' | 'file' | 'pull' | 'push';
  fileName?: string;
  context: Omit<IngestContext, 'batchId'>;
  /** Who delivers, for the batch and the audit log. */
  actor: { id: string; name: string; role: string; region: string | null };
  chunkSize?: number;
  onProgress?: (batch: BatchRow) => void;
}

export interface ImportResult extends BatchRow {
  /** The batch had completed before: nothing was read or stored this time. */
  alreadyImported: boolean;
  unknownHeaders: string[];
  ruleSetVersion: number;
}

/**
 * The governance pipeline for one delivery: map headers → standardise → validate (rules as data) →
 * check references and link (per chunk) → store idempotently → keep rejects with their reasons. Each chunk
 * commits its records, its rejects, its counts and its checkpoint in one transaction, so a process killed at
 * any moment loses nothing and a re-run ends with exactly the right counts.
 */
export async function runImport(request: ImportRequest): Promise<ImportResult> {
  const { pool, ingest, source } = request;
  const chunkSize = request.chunkSize ?? 5000;
  const client = await pool.connect();
  // Chunks commit without waiting for their WAL to reach disk: a database crash can lose only the last
  // moments of commits, checkpoint included, so a re-run repeats those chunks (idempotently) and the counts
  // stay exact. The batch's completion is committed durably (finishBatch).
  await client.query('set synchronous_commit = off');
  try {
    const rules = await activeRuleSet(client, ingest);
    const governor = createGovernor(ingest, rules.rules, source.headers);
    // A file without a required column is refused as a whole; records sent one by one (online, push, pull)
    // may leave fields to auto-association, and a file with 操作类型 may hold deletions naming only their
    // key: those are judged row by row.
    if (request.channel === 'file' && governor.missingRequired.length && !governor.hasOperationColumn) {
      const headers = governor.missingRequired.map((f) => ingest.spec.fields.find((x) => x.name === f)?.header ?? f);
      throw new FileError('MISSING_COLUMNS', `文件缺少必填列：${headers.join('、')}（可下载模板对照表头）`);
    }
    let batch = await openBatch(client, {
      batchKey: request.batchKey, recordType: ingest.spec.type, deptCode: request.context.deptCode, channel: request.channel,
      fileName: request.fileName, createdBy: request.actor.id, ruleSetVersion: rules.version,
    });
    const base = { unknownHeaders: governor.unknownHeaders, ruleSetVersion: rules.version };
    if (batch.status === 'completed') return { ...batch, ...base, alreadyImported: true };

    const context: IngestContext = { ...request.context, batchId: batch.id };
    if (repeatPolicyOf(request.channel) === 'snapshot') await openKeyMemory(client, batch.id);
    // Governance of the next chunk (JavaScript) overlaps the database writing the previous one: two cores,
    // two kinds of work. Chunks still commit one after another, in file order.
    let writing: Promise<void> = Promise.resolve();
    let chunk: RawRow[] = [];
    const flush = async () => {
      if (!chunk.length) return;
      const prepared = prepareChunk(governor, chunk);
      chunk = [];
      await writing;
      writing = writeChunk(client, request, context, governor, prepared).then((outcome) => {
        // The committed counts, without asking the database again.
        batch = {
          ...batch,
          received: batch.received + outcome.received,
          stored: batch.stored + outcome.stored,
          updated: batch.updated + outcome.updated,
          deleted: batch.deleted + outcome.deleted,
          rejected: batch.rejected + outcome.rejected,
          duplicates: batch.duplicates + outcome.duplicates,
          warnings: batch.warnings + outcome.warnings,
          checkpointRow: outcome.lastRow,
        };
        request.onProgress?.(batch);
      });
      // Handled here so a failure waits for the next `await writing` instead of crashing the process.
      writing.catch(() => undefined);
    };
    for await (const row of source.rows) {
      if (row.rowNumber <= batch.checkpointRow) continue; // committed before a crash
      chunk.push(row);
      if (chunk.length >= chunkSize) await flush();
    }
    await flush();
    await writing;
    if (repeatPolicyOf(request.channel) === 'snapshot') await closeKeyMemory(client, batch.id);
    const finished = await finishBatch(client, batch.id);
    return { ...finished, ...base, alreadyImported: false };
  } finally {
    await client.query('reset synchronous_commit').catch(() => undefined);
    client.release();
  }
}

type Governor = ReturnType<typeof createGovernor>;

interface PreparedChunk {
  rows: RawRow[];
  /** Standardised, not yet validated: auto-association comes first. */
  standardised: GovernedRow[];
}

/** Header mapping and standardisation of a chunk (no database), done while the previous chunk is written. */
function prepareChunk(governor: Governor, chunk: RawRow[]): PreparedChunk {
  return { rows: chunk, standardised: chunk.map((raw) => governor.standardise(raw)) };
}

/**
 * Auto-association (the library fills what the record's links tell, e.g. a subject's name from its USCC),
 * then the rules, then a natural key delivered twice in the batch (repeatedKeys.ts).
 */
async function validateChunk(client: PoolClient, request: ImportRequest, context: IngestContext, governor: Governor, prepared: PreparedChunk) {
  await request.ingest.prefill?.(client, prepared.standardised, context);
  const references = new Map<GovernedRow, ReferenceCheck[]>();
  for (const row of prepared.standardised) {
    const checks = governor.validate(row);
    if (checks.length) references.set(row, checks);
  }
  const { rows: governed, duplicates } = await settleRepeatedKeys(
    client, repeatPolicyOf(request.channel), context.batchId, request.ingest.spec, prepared.standardised, (row) => governor.naturalKey(row), (row) => !hasErrors(row),
  );
  return { governed, references, duplicates };
}

/** References, links, storage, rejects, counts and checkpoint of one chunk, in one transaction. */
async function writeChunk(client: PoolClient, request: ImportRequest, context: IngestContext, governor: Governor, prepared: PreparedChunk): Promise<ChunkOutcome> {
  const { ingest } = request;
  const type = ingest.spec.type;
  const chunk = prepared.rows;
  await client.query('begin');
  try {
    const { governed, references, duplicates: inChunk } = await validateChunk(client, request, context, governor, prepared);
    const valid = governed.filter((r) => !hasErrors(r));
    const deletions = valid.filter((r) => isDeletion(r.values));
    const writes = deletions.length ? valid.filter((r) => !isDeletion(r.values)) : valid;
    await ingest.resolve(client, writes, references, context);
    const removed = await removeRows(client, ingest, deletions, context);
    const accepted = writes.filter((r) => !hasErrors(r));
    const stored = accepted.length ? await ingest.store(client, accepted, context) : new Map<number, string>();
    for (const [rowNumber, id] of removed) stored.set(rowNumber, id);
    const applied = [...accepted, ...deletions].filter((r) => stored.has(r.rowNumber));
    const rejected = governed.filter(hasErrors);
    const duplicates = inChunk + governed.length - rejected.length - applied.length;
    const flagged = applied
      .filter((r) => r.outcome !== 'deleted' && r.violations.length)
      .map((row) => ({ row, recordId: stored.get(row.rowNumber)!, warnings: row.violations }));
    await insertRejects(client, context.batchId, type, context.deptCode, rejected);
    await insertFlags(client, context.batchId, type, flagged);
    await insertOutbox(client, type, context.deptCode, applied.map((row) => ({ row, recordId: stored.get(row.rowNumber)! })));
    const outcome = {
      lastRow: chunk[chunk.length - 1].rowNumber,
      received: chunk.length,
      stored: stored.size,
      updated: applied.filter((r) => r.outcome === 'updated').length,
      deleted: removed.size,
      rejected: rejected.length,
      duplicates,
      warnings: flagged.length,
    };
    await commitChunk(client, context.batchId, outcome);
    await audit(client, request, context, outcome, chunk[0].rowNumber);
    await client.query('commit');
    return outcome;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

const hasErrors = (row: GovernedRow) => row.violations.some((v) => v.severity === 'error');


/** One audit entry per chunk: who delivered which rows of which batch, and what became of them. */
async function audit(client: PoolClient, request: ImportRequest, context: IngestContext, outcome: { stored: number; updated: number; deleted: number; rejected: number; duplicates: number; lastRow: number }, firstRow: number) {
  const entry: AuditEntry = {
    actorId: request.actor.id,
    actorName: request.actor.name,
    role: request.actor.role,
    dept: request.context.deptCode,
    region: request.actor.region,
    requestId: null,
    subgraph: 'exchange',
    operation: `import:${request.ingest.spec.type}`,
    entityType: 'ImportBatch',
    entityIds: [context.batchId],
    fields: [],
    reason: `第 ${firstRow}–${outcome.lastRow} 行：入库 ${outcome.stored}（其中更新 ${outcome.updated}、删除 ${outcome.deleted}），退回 ${outcome.rejected}，重复 ${outcome.duplicates}`,
  };
  const { sql, params } = appendAuditSql([entry]);
  await client.query(sql, params);
}
