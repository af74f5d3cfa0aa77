import { randomUUID } from 'node:crypto';
import type { ChunkDb } from '@hub/governance';
import { chinaDate } from '@hub/codes';
import { OutboxEntry, toEnvelope } from './envelope';

const MAX_BACKOFF_SECONDS = 3600;

/**
 * Takes up to `maxRecords` records from the outbox into a new upward batch (cd_batch = today's date in China
 * + the day's next 5-digit sequence). One batch at a time across processes (advisory lock); run in a
 * transaction. Returns the cd_batch, or null when the outbox is empty.
 */
export async function exportBatch(db: ChunkDb, maxRecords = 10_000): Promise<string | null> {
  await db.query(`select pg_advisory_xact_lock(hashtext('exchange.report_batch'))`);
  const { rows: pending } = await db.query<{ id: string }>(`select id from exchange.outbox where report_batch is null order by created_at, id limit $1`, [maxRecords]);
  if (!pending.length) return null;
  const day = chinaDate().replace(/-/g, '');
  const { rows: last } = await db.query<{ n: string | null }>(`select max(right(cd_batch, 5)) as n from exchange.report_batch where cd_batch like $1`, [`${day}%`]);
  const cdBatch = `${day}${String(Number(last[0].n ?? 0) + 1).padStart(5, '0')}`;
  const id = randomUUID();
  await db.query(`insert into exchange.report_batch (id, cd_batch, record_count, status) values ($1, $2, $3, 'pending')`, [id, cdBatch, pending.length]);
  await db.query(`update exchange.outbox set report_batch = $1 where id = any($2)`, [id, pending.map((p) => p.id)]);
  return cdBatch;
}

export interface PushOutcome {
  cdBatch: string;
  status: 'acked' | 'failed';
  error?: string;
}

/**
 * Sends every batch that is due (pending, or failed and past its back-off) to the receiver, oldest first.
 * Acknowledged (2xx with `{ "ack": "<cd_batch>" }`) → acked; anything else → failed, retried after
 * 2^attempts seconds (at most an hour). Re-sending a batch is safe: the receiver acknowledges it by cd_batch.
 */
export async function pushDueBatches(db: ChunkDb, url: string, fetchImpl: typeof fetch = fetch): Promise<PushOutcome[]> {
  // In cd_batch order, stopping at the first batch still backing off: the receiver sees batches in order.
  const { rows: open } = await db.query<{ id: string; cd_batch: string; attempts: number; due: boolean }>(
    `select id, cd_batch, attempts, next_attempt_at <= now() as due from exchange.report_batch where status <> 'acked' order by cd_batch`,
  );
  const outcomes: PushOutcome[] = [];
  for (const batch of open) {
    if (!batch.due) break;
    const { rows: entries } = await db.query<OutboxEntry>(`select * from exchange.outbox where report_batch = $1 order by created_at, id`, [batch.id]);
    let error: string | undefined;
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(toEnvelope(batch.cd_batch, entries)),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json().catch(() => ({}))) as { ack?: string; message?: string };
      if (!response.ok || body.ack !== batch.cd_batch) error = `HTTP ${response.status}${body.message ? `：${body.message}` : ''}`;
    } catch (e) {
      error = (e as Error).message;
    }
    if (error) {
      const attempts = batch.attempts + 1;
      await db.query(
        `update exchange.report_batch set status = 'failed', attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) where id = $1`,
        [batch.id, attempts, error.slice(0, 500), Math.min(2 ** attempts, MAX_BACKOFF_SECONDS)],
      );
      outcomes.push({ cdBatch: batch.cd_batch, status: 'failed', error });
      break; // keep the order: later batches wait for this one
    }
    await db.query(`update exchange.report_batch set status = 'acked', attempts = attempts + 1, acked_at = now(), last_error = null where id = $1`, [batch.id]);
    outcomes.push({ cdBatch: batch.cd_batch, status: 'acked' });
  }
  return outcomes;
}
