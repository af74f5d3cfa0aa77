import { Client } from 'pg';
import type { RawRow, RecordSource } from '@hub/governance';
import { ingestOf } from '../ingests';
import { organsOf } from './organs';
import { ConnectionSource, ImportResult, runImport } from './runImport';

export interface CollectorRow {
  id: string;
  name: string;
  dept_code: string;
  record_type: string;
  source_url: string;
  source_query: string;
  watermark_column: string;
  id_column: string;
  watermark: string | null;
  last_id: string | null;
}

const identifier = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`采集任务的列名不合法：${name}`);
  return `"${name}"`;
};

/**
 * One run of a collector: pages of rows after the watermark, each page a batch through the governance
 * pipeline (`pull:<collector>:<from>`), the watermark moved after the batch completes. A run killed between
 * the two repeats the page next time; its batch key is the same, so nothing is stored twice.
 */
export async function runCollector(pool: ConnectionSource, collector: CollectorRow, pageSize = 5000): Promise<ImportResult[]> {
  const ingest = ingestOf(collector.record_type);
  const source = new Client({ connectionString: collector.source_url });
  await source.connect();
  const results: ImportResult[] = [];
  const hub = await pool.connect();
  try {
    const orgs = await organsOf(hub, collector.dept_code);
    let watermark = collector.watermark;
    let lastId = collector.last_id;
    const wm = identifier(collector.watermark_column);
    const id = identifier(collector.id_column);
    for (;;) {
      // The watermark is kept as PostgreSQL prints it and compared in the column's own type (the untyped
      // parameters take the columns' types), so timestamps and numeric ids order correctly.
      const after = watermark === null ? 'true' : `(s.${wm}, s.${id}) > ($1, $2)`;
      const { rows } = await source.query(
        `select s.*, s.${wm}::text as "__watermark", s.${id}::text as "__id" from (${collector.source_query}) s where ${after} order by s.${wm}, s.${id} limit ${Number(pageSize)}`,
        watermark === null ? [] : [watermark, lastId],
      );
      if (!rows.length) break;
      const last = rows[rows.length - 1];
      const from = watermark === null ? 'start' : `${watermark}/${lastId}`;
      const result = await runImport({
        pool,
        ingest,
        source: tableSource(rows),
        batchKey: `pull:${collector.name}:${from}`,
        channel: 'pull',
        context: { deptCode: collector.dept_code, orgs, sourceDept: collector.dept_code },
        actor: { id: `collector:${collector.name}`, name: `采集任务 ${collector.name}`, role: 'system', region: null },
        chunkSize: pageSize,
      });
      results.push(result);
      watermark = last.__watermark as string;
      lastId = last.__id as string;
      await hub.query(`update exchange.collector set watermark = $2, last_id = $3, last_run_at = now(), updated_at = now() where id = $1`, [collector.id, watermark, lastId]);
      if (rows.length < pageSize) break;
    }
    await hub.query(`update exchange.collector set last_run_at = now() where id = $1`, [collector.id]);
  } finally {
    hub.release();
    await source.end();
  }
  return results;
}

function tableSource(rows: Record<string, unknown>[]): RecordSource {
  const headers = Object.keys(rows[0]).filter((h) => h !== '__watermark' && h !== '__id');
  async function* iterate(): AsyncGenerator<RawRow> {
    for (const [index, row] of rows.entries()) {
      const cells: Record<string, string | null> = {};
      for (const header of headers) {
        const value = row[header];
        cells[header] = value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join(',') : String(value);
      }
      yield { rowNumber: index + 1, cells, problems: [] };
    }
  }
  return { format: 'csv', headers, rows: iterate() };
}
