import type { Pool } from 'pg';
import { exportBatch, pushDueBatches, PushOutcome } from './reporter';

/** One reporting round: everything in the outbox into batches, then every due batch sent, in order. */
export async function reportOnce(pool: Pool, url: string): Promise<{ exported: string[]; pushed: PushOutcome[] }> {
  const exported: string[] = [];
  for (;;) {
    const client = await pool.connect();
    let cdBatch: string | null;
    try {
      await client.query('begin');
      cdBatch = await exportBatch(client);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
    if (!cdBatch) break;
    exported.push(cdBatch);
  }
  return { exported, pushed: await pushDueBatches(pool, url) };
}
