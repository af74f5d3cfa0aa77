import { inspectionDelivery } from '@hub/city';
import { inspectionSpec } from '@hub/enforcement';
import { runCollector } from '../src';
import type { CollectorRow } from '../src';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

// 增量采集: a department's own table (here a schema of the test database standing in for its server) read
// after a watermark, page by page, each page a governed batch.
let t: ExchangeTestHub;

beforeAll(async () => {
  t = await startExchangeTestHub();
  const columns = inspectionSpec.fields.map((f) => `"${f.name}" text`).join(', ');
  await t.pool.query(`create schema dept_src; create table dept_src.jc (id serial primary key, updated_at timestamptz not null, ${columns})`);
}, 300_000);

afterAll(() => t?.stop());

/** Department rows, the n-th updated at minute n of 2024-06-01 (the `broken` ones without 检查结果). */
async function insertRows(prefix: string, count: number, firstMinute: number, broken: number[] = []) {
  const rows = [...inspectionDelivery(frame, 'SCJG', count, { prefix })];
  for (const [i, row] of rows.entries()) {
    const values = inspectionSpec.fields.map((f) => (f.name === 'result' && broken.includes(i) ? null : row.cells[f.name] || null));
    const names = inspectionSpec.fields.map((f) => `"${f.name}"`).join(', ');
    const placeholders = values.map((_, k) => `$${k + 2}`).join(', ');
    await t.pool.query(`insert into dept_src.jc (updated_at, ${names}) values ($1, ${placeholders})`, [new Date(Date.UTC(2024, 5, 1, 0, firstMinute + i)), ...values]);
  }
}

async function collector(): Promise<CollectorRow> {
  return (await t.pool.query<CollectorRow>(`select * from exchange.collector where name = 'scjg-jc'`)).rows[0];
}

const stored = async (prefix: string) => Number((await t.pool.query(`select count(*) as n from enforcement.inspection where action_code like $1`, [`${prefix}%`])).rows[0].n);

test('rows after the watermark come in page by page; later rows come next time; nothing is read twice', async () => {
  await insertRows('PL-', 25, 0, [7]);
  await t.pool.query(
    `insert into exchange.collector (id, name, dept_code, record_type, source_url, source_query, watermark_column, id_column)
     values (gen_random_uuid(), 'scjg-jc', 'SCJG', 'inspection', $1, 'select * from dept_src.jc', 'updated_at', 'id')`,
    [t.hub.databaseUrl],
  );
  const first = await runCollector(t.pool, await collector(), 10);
  expect(first.map((r) => r.received)).toEqual([10, 10, 5]);
  expect(first.reduce((n, r) => n + r.stored, 0)).toBe(24);
  expect(first.reduce((n, r) => n + r.rejected, 0)).toBe(1);
  expect(await stored('PL-')).toBe(24);
  const after = await collector();
  expect(after.watermark).toMatch(/^2024-06-01 00:24:00/);

  await insertRows('PM-', 5, 100);
  const second = await runCollector(t.pool, await collector(), 10);
  expect(second.map((r) => r.stored)).toEqual([5]);
  expect(await runCollector(t.pool, await collector(), 10)).toEqual([]);
});

test('a run killed after a page was stored but before the watermark moved repeats the page without storing it twice', async () => {
  await insertRows('PN-', 4, 200);
  const before = await collector();
  const run = await runCollector(t.pool, before, 10);
  expect(run.map((r) => r.stored)).toEqual([4]);
  // As if the process died before `update exchange.collector set watermark …`.
  await t.pool.query(`update exchange.collector set watermark = $1, last_id = $2 where name = 'scjg-jc'`, [before.watermark, before.last_id]);
  const repeated = await runCollector(t.pool, await collector(), 10);
  expect(repeated).toHaveLength(1);
  expect(repeated[0]).toMatchObject({ alreadyImported: true, stored: 4 });
  expect(await stored('PN-')).toBe(4);
});

test('a leader sets up a collection task; its connection string is never shown; bad input names the field', async () => {
  const { asUser, graphqlRequest } = await import('@hub/runtime/testing');
  const { cityUser } = await import('@hub/city');
  const leader = cityUser(frame, 'leader', 'SCJG', '330100');
  const url = t.hub.subgraphs.exchange.url;
  const CREATE = `mutation($input: CollectorInput!) { createCollector(input: $input) { name deptCode recordType watermarkColumn } }`;
  const input = { name: 'scjg-cases', recordType: 'inspection', sourceUrl: 'postgres://reader:secret@dept-db:5432/cases', sourceQuery: 'select * from jc', watermarkColumn: 'updated_at', idColumn: 'id' };
  const created = await graphqlRequest(url, CREATE, { input }, await asUser(leader as never));
  expect(created.data.createCollector).toEqual({ name: 'scjg-cases', deptCode: 'SCJG', recordType: 'inspection', watermarkColumn: 'updated_at' });
  const bad = await graphqlRequest(url, CREATE, { input: { ...input, name: 'x2', sourceQuery: 'delete from jc; select 1', idColumn: 'id;drop' } }, await asUser(leader as never));
  expect(bad.errors?.[0].extensions.problems.map((p: { field: string }) => p.field)).toEqual(['sourceQuery', 'idColumn']);
  const listed = await graphqlRequest(url, '{ collectors { name } }', {}, await asUser(leader as never));
  expect(JSON.stringify(listed)).not.toContain('secret');
  expect(listed.data.collectors.map((c: { name: string }) => c.name)).toContain('scjg-cases');
});
