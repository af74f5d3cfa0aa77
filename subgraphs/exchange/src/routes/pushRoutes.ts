import express, { Express, Response } from 'express';
import type { Orm } from '@hub/runtime';
import type { RawRow, RecordSource } from '@hub/governance';
import type { EntityManager } from '@mikro-orm/postgresql';
import { INGESTS } from '../ingests';
import { departmentOfKey } from '../pipeline/apiKeys';
import { organsOf } from '../pipeline/organs';
import { runImport } from '../pipeline/runImport';
import { sqlDb } from '@hub/runtime';
import { knexPool } from '../resolvers/knexPool';
import { MAX_ONLINE_RECORDS } from '../resolvers/SubmitRecordsResolver';

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * 实时采集（推送）: `POST /ingest/<type>` with `X-Api-Key: <the department's key>` and a JSON body
 * `{ "batchKey": "…", "records": [{ "<header or field>": "value", … }] }`. The same governance as files and
 * online entry; the answer gives the batch's counts and every rejected record with its reasons. Re-sending
 * a batch key stores nothing twice, so a system can retry safely.
 */
export function pushRoutes(app: Express, orm: Orm): void {
  app.post('/ingest/:type', express.json({ limit: '10mb' }), async (req, res, next) => {
    try {
      const ingest = INGESTS[req.params.type];
      if (!ingest) return fail(res, 404, 'UNKNOWN_RECORD_TYPE', `未知的数据类型 ${req.params.type}（可选：${Object.keys(INGESTS).join('、')}）`);
      const em = orm.em.fork() as EntityManager;
      const db = sqlDb(em);
      const key = req.get('x-api-key');
      const owner = key ? await departmentOfKey(db, key) : null;
      if (!owner) return fail(res, 401, 'UNAUTHENTICATED', '接口密钥无效或已停用（请求头 X-Api-Key）');
      const { batchKey, records } = (req.body ?? {}) as { batchKey?: unknown; records?: unknown };
      if (typeof batchKey !== 'string' || !batchKey.trim() || batchKey.length > 150) return fail(res, 400, 'INVALID_BATCH_KEY', 'batchKey 必须是 1–150 个字符的字符串');
      if (!Array.isArray(records) || !records.length) return fail(res, 400, 'NO_RECORDS', 'records 必须是非空数组');
      if (records.length > MAX_ONLINE_RECORDS) return fail(res, 400, 'TOO_MANY_RECORDS', `每次推送不超过 ${MAX_ONLINE_RECORDS} 条`);
      if (!records.every((r) => r && typeof r === 'object' && !Array.isArray(r))) return fail(res, 400, 'BAD_RECORD', 'records 的每一项必须是对象（表头或字段名 → 值）');

      const result = await runImport({
        pool: knexPool(em),
        ingest,
        source: pushedSource(records as Record<string, unknown>[]),
        batchKey: `push:${owner.deptCode}:${batchKey.trim()}`,
        channel: 'push',
        context: { deptCode: owner.deptCode, orgs: await organsOf(db, owner.deptCode), sourceDept: owner.deptCode },
        actor: { id: `apikey:${owner.id}`, name: `${owner.deptCode} 接口`, role: 'system', region: null },
        chunkSize: MAX_ONLINE_RECORDS,
      });
      const { rows: rejects } = await db.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id]);
      res.json({
        batchId: result.id,
        alreadyImported: result.alreadyImported,
        received: result.received,
        stored: result.stored,
        updated: result.updated,
        deleted: result.deleted,
        rejected: result.rejected,
        duplicates: result.duplicates,
        rejects: rejects.map((r: { row_number: number; violations: unknown }) => ({ row: r.row_number, violations: r.violations })),
      });
    } catch (error) {
      next(error);
    }
  });
}

function pushedSource(records: Record<string, unknown>[]): RecordSource {
  const headers = [...new Set(records.flatMap((r) => Object.keys(r)))];
  async function* rows(): AsyncGenerator<RawRow> {
    for (const [index, record] of records.entries()) {
      const cells: Record<string, string | null> = {};
      for (const [header, value] of Object.entries(record)) cells[header] = value === null || value === undefined || value === '' ? null : Array.isArray(value) ? value.join(',') : String(value);
      yield { rowNumber: index + 1, cells, problems: [] };
    }
  }
  return { format: 'csv', headers, rows: rows() };
}
