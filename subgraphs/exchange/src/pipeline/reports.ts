import type { ChunkDb } from '@hub/governance';

export interface RejectReason {
  rule: string;
  message: string;
  count: number;
}

/** How many rows of a batch each error rule rejected (a row breaking two rules counts for both). */
export async function rejectsByRule(db: ChunkDb, batchId: string): Promise<RejectReason[]> {
  const { rows } = await db.query<{ rule: string; message: string; count: string }>(
    `select v->>'rule' as rule, min(v->>'message') as message, count(*) as count
     from exchange.rejected_record r cross join lateral jsonb_array_elements(r.violations) v
     where r.batch_id = $1 and v->>'severity' = 'error'
     group by 1 order by 3 desc, 1`,
    [batchId],
  );
  return rows.map((r) => ({ rule: r.rule, message: r.message, count: Number(r.count) }));
}
