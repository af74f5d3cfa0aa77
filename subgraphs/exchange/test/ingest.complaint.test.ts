import path from 'node:path';
import { Pool } from 'pg';
import { RecordIngest } from '@hub/governance';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '@hub/catalog';
import subjects from '@hub/subjects';
import complaints, { complaintIngest } from '@hub/complaints';
import { complaintAt } from '@hub/city';
import identity from '@hub/identity';
import exchange from '../src';
import { frame, SCALE } from './exchangeTestHub';
import { importForScjg, writeRecordCsv } from './ingestKit';

let hub: TestHub;
let pool: Pool;
const dir = path.join(require('node:os').tmpdir(), `ingest-complaint-${process.pid}`);

beforeAll(async () => {
  require('node:fs').mkdirSync(dir, { recursive: true });
  hub = await startTestSubgraphs([catalog, subjects, identity, complaints, exchange], { seedScale: SCALE });
  pool = new Pool({ connectionString: hub.databaseUrl, max: 3 });
}, 300_000);

afterAll(async () => {
  await pool?.end();
  await hub?.stop();
  require('node:fs').rmSync(dir, { recursive: true, force: true });
});

const writeCsv = (name: string, ingest: RecordIngest, rows: Record<string, string>[]) => writeRecordCsv(path.join(dir, name), ingest.spec, rows);
const importFile = (file: string, batchKey: string) => importForScjg(pool, complaintIngest, file, batchKey, { chunkSize: 4, orgs: [] });

const k = complaintAt(frame, 0);
function complaintRow(i: number, over: Record<string, string> = {}): Record<string, string> {
  return {
    no: `TSIMP${String(i).padStart(6, '0')}`, kind: '投诉', channel: '12315', receivedAt: '2026年10月9日 10:30', complainantName: '李四', complainantPhone: '13812345678',
    targetName: k.subject.name, targetCertNo: k.subject.certNo, territory: k.territory, serviceType: '商品', serviceName: '食品', disputeDate: '2026-10-08',
    detail: '反映销售过期食品', itemCode: k.itemCode ?? '', ...over,
  };
}

describe('投诉举报 through the governance pipeline', () => {
  const rows = [
    complaintRow(1), // 2
    complaintRow(2, { assignedOrg: '杭州市市场监督管理局', status: '办结', closedAt: '2026-10-20', result: '已责令整改', satisfaction: '5' }), // 3
    complaintRow(3, { receivedAt: '2026-13-01 10:00' }), // 4 bad datetime
    complaintRow(4, { detail: '' }), // 5 missing required
    complaintRow(5, { itemCode: '33010099999999' }), // 6 unknown item
    complaintRow(6, { assignedOrg: '杭州市生态环境局' }), // 7 another department
    complaintRow(7, { status: '办结' }), // 8 closed without result and date
    complaintRow(1), // 9 same number again: duplicate
  ];

  test('stored with masked phone, own department, linked subject; broken rows rejected with their rule', async () => {
    const result = await importFile(writeCsv('complaints.csv', complaintIngest, rows), 'complaints-1');
    expect(result).toMatchObject({ received: 8, stored: 2, rejected: 5, duplicates: 1, status: 'completed' });
    const rejects = (await pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
    const got = Object.fromEntries(rejects.map((r) => [r.row_number, r.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)]));
    expect(got).toEqual({
      4: expect.arrayContaining(['INVALID_DATE@receivedAt']),
      5: ['COMPLAINT_DETAIL_REQUIRED@detail'],
      6: ['COMPLAINT_ITEM_CODE_EXISTS@itemCode'],
      7: ['COMPLAINT_ASSIGNED_ORG_NOT_OF_DEPARTMENT@assignedOrg'],
      8: expect.arrayContaining(['COMPLAINT_RESULT_REQUIRED@result', 'COMPLAINT_RESULT_REQUIRED@closedAt']),
    });
    const stored = (await pool.query(`select * from complaints.complaint where no = 'TSIMP000001'`)).rows[0];
    expect(stored).toMatchObject({
      kind: '投诉', channel: '12315', complainant_phone: '138****5678', query_code_hash: null, assigned_org: '杭州市市场监督管理局', subject_id: k.subject.id,
      territory: k.territory, status: '受理', source_dept: 'SCJG', target_cert_no: k.subject.certNo,
    });
    expect(new Date(stored.received_at).toISOString()).toBe('2026-10-09T02:30:00.000Z');
    expect(await pool.query(`select count(*) as n from complaints.complaint where complainant_phone = '13812345678'`).then((r) => Number(r.rows[0].n))).toBe(0);
    const closed = (await pool.query(`select status, closed_at::text, satisfaction from complaints.complaint where no = 'TSIMP000002'`)).rows[0];
    expect(closed).toEqual({ status: '办结', closed_at: '2026-10-20', satisfaction: 5 });
  });

  test('re-sending the batch stores nothing; the same rows in a new batch are duplicates', async () => {
    const file = path.join(dir, 'complaints.csv');
    expect(await importFile(file, 'complaints-1')).toMatchObject({ alreadyImported: true, stored: 2 });
    expect(await importFile(file, 'complaints-2')).toMatchObject({ received: 8, stored: 0, rejected: 5, duplicates: 3 });
  });
});
