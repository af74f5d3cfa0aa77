import { isDeletion, type ChunkDb, type GovernedRow, type IngestContext, type RecordIngest, type Violation } from '@hub/governance';
import { appendAuditSql, HubUser } from '@hub/runtime';
import { createGovernor } from './govern';
import { insertOutbox } from './batchStore';
import { activeRuleSet } from './ruleSets';
import { removeRows } from './removeRows';

export interface RejectRow {
  id: string;
  batch_id: string;
  record_type: string;
  dept_code: string;
  row_number: number;
  payload: Record<string, string | null>;
  violations: Violation[];
  status: string;
}

export type ResubmitOutcome = { status: 'resolved'; recordId: string } | { status: 'duplicate' } | { status: 'open'; violations: Violation[] };

/**
 * 在线整改: a corrected reject goes through the same governance as the first time (current rule set,
 * references, links). Passing, it is stored and its batch's counts move from rejected to stored (or to
 * duplicates); failing, it stays open with the new reasons. Every attempt is kept. Run inside a transaction.
 */
export async function resubmitReject(
  db: ChunkDb,
  ingest: RecordIngest,
  reject: RejectRow,
  corrections: Record<string, string | null>,
  context: Omit<IngestContext, 'batchId'>,
  user: HubUser,
): Promise<ResubmitOutcome> {
  const payload = { ...reject.payload, ...corrections };
  const rules = await activeRuleSet(db, ingest);
  const governor = createGovernor(ingest, rules.rules, Object.keys(payload));
  const { row, checks } = governor.govern({ rowNumber: reject.row_number, cells: payload, problems: [] });
  const full: IngestContext = { ...context, batchId: reject.batch_id };
  if (!hasErrors(row) && !isDeletion(row.values)) await ingest.resolve(db, [row], new Map([[row, checks]]), full);
  const attempt = { at: new Date().toISOString(), by: user.id, byName: user.name, payload: reject.payload, violations: reject.violations };

  // A deletion is applied by the library's `remove` (which may still find nothing to delete).
  const applied = hasErrors(row) ? new Map<number, string>() : isDeletion(row.values) ? await removeRows(db, ingest, [row], full) : await ingest.store(db, [row], full);
  let outcome: ResubmitOutcome;
  if (hasErrors(row)) {
    outcome = { status: 'open', violations: row.violations };
  } else {
    const recordId = applied.get(row.rowNumber);
    outcome = recordId ? { status: 'resolved', recordId } : { status: 'duplicate' };
    if (recordId) await insertOutbox(db, reject.record_type, reject.dept_code, [{ row, recordId }]);
    const moved = !recordId ? 'duplicates = duplicates + 1' : row.outcome === 'inserted' || !row.outcome ? 'stored = stored + 1' : `stored = stored + 1, ${row.outcome} = ${row.outcome} + 1`;
    await db.query(`update exchange.import_batch set rejected = rejected - 1, ${moved}, updated_at = now(), version = version + 1 where id = $1`, [reject.batch_id]);
  }
  await db.query(
    `update exchange.rejected_record set payload = $2::jsonb, violations = $3::jsonb, status = $4, record_id = $5,
       attempts = attempts || $6::jsonb, updated_at = now(), version = version + 1 where id = $1`,
    [reject.id, JSON.stringify(payload), JSON.stringify(row.violations), outcome.status, outcome.status === 'resolved' ? outcome.recordId : null, JSON.stringify([attempt])],
  );
  const { sql, params } = appendAuditSql([{
    actorId: user.id, actorName: user.name, role: user.role, dept: user.dept, region: user.region, requestId: null, subgraph: 'exchange',
    operation: `resubmit:${reject.record_type}`, entityType: 'RejectedRecord', entityIds: [reject.id, ...(outcome.status === 'resolved' ? [outcome.recordId] : [])],
    fields: Object.keys(corrections), reason: outcome.status === 'open' ? `仍有 ${row.violations.filter((v) => v.severity === 'error').length} 处问题` : outcome.status,
  }]);
  await db.query(sql, params);
  return outcome;
}

const hasErrors = (row: GovernedRow) => row.violations.some((v) => v.severity === 'error');
