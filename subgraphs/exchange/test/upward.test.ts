import path from 'node:path';
import { openRecordFile } from '@hub/governance';
import { envelopeXml, exportBatch, ingestOf, organsOf, pushDueBatches, runImport, startProvinceSimulator, toEnvelope } from '../src';
import { writeInspectionCsv } from './deliveries';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

// 向上报送: governed records go to the outbox with the change that stored them, leave in batches in the
// national envelope, and are retried until the province acknowledges them.
let t: ExchangeTestHub;

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

async function inTransaction<T>(fn: (db: { query: typeof t.pool.query }) => Promise<T>): Promise<T> {
  const client = await t.pool.connect();
  try {
    await client.query('begin');
    const result = await fn(client as never);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

test('stored records reach the outbox, leave in numbered batches, and are re-sent until acknowledged, each once', async () => {
  const file = path.join(t.dir, 'up.csv');
  await writeInspectionCsv(file, frame, 'SCJG', 120, { invalidEvery: 30, prefix: 'UP-' });
  await runImport({
    pool: t.pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey: 'upward-1', channel: 'file',
    context: { deptCode: 'SCJG', orgs: await organsOf(t.pool, 'SCJG'), sourceDept: 'SCJG' }, actor: { id: 'test', name: '测试', role: 'system', region: null },
  });
  // Exactly the stored records, none of the rejected.
  expect(Number((await t.pool.query(`select count(*) as n from exchange.outbox`)).rows[0].n)).toBe(116);

  const first = await inTransaction((db) => exportBatch(db as never, 100));
  const second = await inTransaction((db) => exportBatch(db as never, 100));
  expect(first).toMatch(/^\d{8}00001$/);
  expect(second).toBe(`${first!.slice(0, 8)}00002`);
  expect(await inTransaction((db) => exportBatch(db as never, 100))).toBeNull();

  const province = await startProvinceSimulator({ failFirst: 2 });
  try {
    const failed = await pushDueBatches(t.pool as never, province.url);
    expect(failed).toEqual([{ cdBatch: first, status: 'failed', error: expect.stringMatching(/503/) }]);
    // Backed off: nothing is due until the back-off passes.
    expect(await pushDueBatches(t.pool as never, province.url)).toEqual([]);
    await t.pool.query(`update exchange.report_batch set next_attempt_at = now()`);
    expect((await pushDueBatches(t.pool as never, province.url)).map((o) => o.status)).toEqual(['failed']);
    await t.pool.query(`update exchange.report_batch set next_attempt_at = now()`);
    expect(await pushDueBatches(t.pool as never, province.url)).toEqual([{ cdBatch: first, status: 'acked' }, { cdBatch: second, status: 'acked' }]);
    const batches = (await t.pool.query(`select cd_batch, status, attempts, record_count from exchange.report_batch order by cd_batch`)).rows;
    expect(batches).toEqual([
      { cd_batch: first, status: 'acked', attempts: 3, record_count: 100 },
      { cd_batch: second, status: 'acked', attempts: 1, record_count: 16 },
    ]);
    const received = [...province.batches.values()].flatMap((b) => b.records);
    expect(received).toHaveLength(116);
    expect(new Set(received.map((r) => r.cd_id)).size).toBe(116);
    expect(received[0]).toMatchObject({ record_type: 'inspection', cd_operation: 'i', cd_source: '330000SCJG', cd_batch: first, actionCode: expect.stringMatching(/^UP-/) });
  } finally {
    await province.stop();
  }
});

test('the envelope as XML carries the same fields, escaped', () => {
  const envelope = toEnvelope('2026112300001', [{ id: 'o1', record_type: 'inspection', record_id: 'r1', operation: 'i', dept_code: 'SCJG', payload: { partyName: 'A&B <公司>', inspectors: ['1', '2'] }, created_at: '2026-11-23T01:00:00Z' }]);
  const xml = envelopeXml(envelope);
  expect(xml).toContain('<batch cd_batch="2026112300001" record_count="1">');
  expect(xml).toContain('<partyName>A&amp;B &lt;公司&gt;</partyName>');
  expect(xml).toContain('<inspectors>1,2</inspectors>');
  expect(xml).toContain('<cd_source>330000SCJG</cd_source>');
});

test('the batches and their acknowledgement are visible to leaders, admins and auditors, not to staff', async () => {
  const { asUser, graphqlRequest } = await import('@hub/runtime/testing');
  const { cityUser } = await import('@hub/city');
  const Q = '{ reportBatches { cdBatch status attempts recordCount } }';
  const url = t.hub.subgraphs.exchange.url;
  const auditor = await graphqlRequest(url, Q, {}, await asUser(cityUser(frame, 'auditor', null) as never));
  expect(auditor.data.reportBatches.map((b: { status: string }) => b.status)).toEqual(['acked', 'acked']);
  const staff = await graphqlRequest(url, Q, {}, await asUser(cityUser(frame, 'staff', 'SCJG') as never));
  expect(staff.errors?.[0].extensions.code).toBe('FORBIDDEN');
});
