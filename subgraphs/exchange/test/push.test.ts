import { cityUser, inspectionDelivery } from '@hub/city';
import { inspectionSpec } from '@hub/enforcement';
import { asUser, graphqlRequest } from '@hub/runtime/testing';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

// 实时采集（推送）: a department's system pushes records with its API key.
let t: ExchangeTestHub;
const leader = cityUser(frame, 'leader', 'SCJG', '330100');
const staff = cityUser(frame, 'staff', 'SCJG', '330100');

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

const base = () => t.hub.subgraphs.exchange.url.replace(/\/graphql$/, '');
const push = (key: string | null, body: unknown) =>
  fetch(`${base()}/ingest/inspection`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, body: JSON.stringify(body) });
const records = (prefix: string, n = 4) =>
  [...inspectionDelivery(frame, 'SCJG', n, { prefix })].map((row, i) =>
    Object.fromEntries(inspectionSpec.fields.map((f) => [f.header, i === n - 1 && f.name === 'result' ? '' : row.cells[f.name] ?? ''])));

test('a leader makes a key (shown once); the department system pushes with it; re-pushing a batch stores nothing twice; a revoked key is refused', async () => {
  const url = t.hub.subgraphs.exchange.url;
  const created = await graphqlRequest(url, 'mutation { createApiKey(name: "执法办案系统") { key apiKey { id prefix deptCode } } }', {}, await asUser(leader as never));
  expect(created.errors).toBeUndefined();
  const { key, apiKey } = created.data.createApiKey;
  expect(key).toMatch(/^hubk_/);
  expect(apiKey).toMatchObject({ prefix: key.slice(0, 12), deptCode: 'SCJG' });
  expect((await t.pool.query(`select count(*) as n from exchange.api_key where key_hash = $1 or key_hash like $2`, [key, `%${key.slice(5, 20)}%`])).rows[0].n).toBe('0');
  // Staff cannot make keys.
  expect((await graphqlRequest(url, 'mutation { createApiKey(name: "x") { key } }', {}, await asUser(staff as never))).errors?.[0].extensions.code).toBe('FORBIDDEN');

  const first = await push(key, { batchKey: 'sys-2024-06-01', records: records('PU-') });
  expect(first.status).toBe(200);
  const body = (await first.json()) as any;
  expect(body).toMatchObject({ alreadyImported: false, received: 4, stored: 3, rejected: 1, duplicates: 0 });
  expect(body.rejects[0]).toMatchObject({ row: 4, violations: expect.arrayContaining([expect.objectContaining({ field: 'result' })]) });
  const again = (await (await push(key, { batchKey: 'sys-2024-06-01', records: records('PU-') })).json()) as any;
  expect(again).toMatchObject({ alreadyImported: true, stored: 3 });
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.inspection where action_code like 'PU-%'`)).rows[0].n)).toBe(3);

  await graphqlRequest(url, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id }, await asUser(leader as never));
  const revoked = await push(key, { batchKey: 'sys-2', records: records('PV-') });
  expect(revoked.status).toBe(401);
  expect(((await revoked.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('no key, a wrong key, an unknown type or a bad body: a clear refusal, nothing stored', async () => {
  expect((await push(null, { batchKey: 'x', records: records('NK-') })).status).toBe(401);
  expect((await push('hubk_wrong', { batchKey: 'x', records: records('WK-') })).status).toBe(401);
  const created = await graphqlRequest(t.hub.subgraphs.exchange.url, 'mutation { createApiKey(name: "测试") { key } }', {}, await asUser(leader as never));
  const key = created.data.createApiKey.key;
  const unknown = await fetch(`${base()}/ingest/nothing`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: '{}' });
  expect(unknown.status).toBe(404);
  const noRecords = await push(key, { batchKey: 'x', records: [] });
  expect(noRecords.status).toBe(400);
  expect(((await noRecords.json()) as any).errors[0].extensions.code).toBe('NO_RECORDS');
  expect((await push(key, { records: records('NB-') })).status).toBe(400);
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.inspection where action_code ~ '^(NK|WK|NB)-'`)).rows[0].n)).toBe(0);
});
