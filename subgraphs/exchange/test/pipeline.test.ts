import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cityUser, inspectionDelivery } from '@hub/city';
import { inspectionSpec } from '@hub/enforcement';
import { openRecordFile } from '@hub/governance';
import { asUser, graphqlRequest } from '@hub/runtime/testing';
import { ingestOf, organsOf, runImport } from '../src';
import { writeInspectionCsv } from './deliveries';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

const staff = cityUser(frame, 'staff', 'SCJG', '330100');
const otherStaff = cityUser(frame, 'staff', 'STHJ', '330100');
let t: ExchangeTestHub;

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

async function importFile(file: string, batchKey: string, chunkSize = 200) {
  const orgs = await organsOf(t.pool, 'SCJG');
  return runImport({
    pool: t.pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey, channel: 'file', fileName: path.basename(file),
    context: { deptCode: 'SCJG', orgs, sourceDept: 'SCJG' }, actor: { id: 'test', name: '测试', role: 'system', region: null }, chunkSize,
  });
}

const count = async (sql: string, params: unknown[] = []) => Number((await t.pool.query(sql, params)).rows[0].n);

describe('a file through the governance pipeline', () => {
  let batchId: string;

  test('every row ends stored or rejected with its reasons; the counts add up', async () => {
    const file = path.join(t.dir, 'inspections.csv');
    const defects = await writeInspectionCsv(file, frame, 'SCJG', 1000, { invalidEvery: 50, prefix: 'T1-' });
    const result = await importFile(file, 'test-batch-1');
    batchId = result.id;
    const broken = defects.filter(Boolean).length;
    expect(broken).toBe(20);
    expect(result).toMatchObject({ received: 1000, stored: 1000 - broken, rejected: broken, duplicates: 0, alreadyImported: false, status: 'completed' });
    expect(await count(`select count(*) as n from enforcement.inspection where action_code like 'T1-%'`)).toBe(1000 - broken);
    // Every stored inspection has its inspectors, linked to registered enforcers, and its subject linked by USCC.
    expect(await count(`select count(*) as n from enforcement.inspection i where action_code like 'T1-%' and (select count(*) from enforcement.inspection_inspector x where x.inspection_id = i.id) < 2`)).toBe(0);
    expect(await count(`select count(*) as n from enforcement.inspection where action_code like 'T1-%' and subject_id is null`)).toBe(0);
    // Each defect is named by the rule that caught it, on the right field.
    const rejects = (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [batchId])).rows;
    expect(rejects).toHaveLength(broken);
    const fieldOf = { badCertNo: 'partyCertNo', badDate: 'checkDate', unknownItem: 'itemCode', missingResult: 'result', unknownInspector: 'inspectors' } as const;
    for (const reject of rejects) {
      const defect = defects[reject.row_number - 2]!;
      expect({ row: reject.row_number, fields: reject.violations.map((v: { field: string }) => v.field) }).toEqual({ row: reject.row_number, fields: expect.arrayContaining([fieldOf[defect]]) });
    }
  });

  test('re-sending the same batch stores nothing twice; the same rows in a new batch are duplicates', async () => {
    const file = path.join(t.dir, 'inspections.csv');
    const again = await importFile(file, 'test-batch-1');
    expect(again).toMatchObject({ alreadyImported: true, stored: 980 });
    const copy = await importFile(file, 'test-batch-1-copy');
    expect(copy).toMatchObject({ received: 1000, stored: 0, rejected: 20, duplicates: 980 });
    expect(await count(`select count(*) as n from enforcement.inspection where action_code like 'T1-%'`)).toBe(980);
  });

  test('rectification: the department lists its rejects, corrects one online, and it is stored; other departments see none', async () => {
    const exchangeUrl = t.hub.subgraphs.exchange.url;
    const list = await graphqlRequest(exchangeUrl, `query($b: ID) { rejectedRecords(filter: { batchId: $b }, page: { first: 100 }) { totalCount nodes { id rowNumber payload { header value } violations { rule field message value } } } }`, { b: batchId }, await asUser(staff as never));
    expect(list.errors).toBeUndefined();
    expect(list.data.rejectedRecords.totalCount).toBe(20);
    const other = await graphqlRequest(exchangeUrl, `query($b: ID) { rejectedRecords(filter: { batchId: $b }) { totalCount } }`, { b: batchId }, await asUser(otherStaff as never));
    expect(other.data.rejectedRecords.totalCount).toBe(0);

    const missingResult = list.data.rejectedRecords.nodes.find((n: any) => n.violations.some((v: any) => v.field === 'result'));
    const RESUBMIT = `mutation($id: ID!, $cells: [CellInput!]!) { resubmitRejected(id: $id, cells: $cells) { status recordId rejected { status attemptCount violations { rule } } } }`;
    // A correction that is still wrong stays open, with the new reasons, and the attempt is kept.
    const stillWrong = await graphqlRequest(exchangeUrl, RESUBMIT, { id: missingResult.id, cells: [{ header: '检查结果', value: '   ' }] }, await asUser(staff as never));
    expect(stillWrong.data.resubmitRejected).toMatchObject({ status: 'open', recordId: null, rejected: { status: 'open', attemptCount: 1 } });
    const fixed = await graphqlRequest(exchangeUrl, RESUBMIT, { id: missingResult.id, cells: [{ header: '检查结果', value: '未发现问题' }] }, await asUser(staff as never));
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data.resubmitRejected).toMatchObject({ status: 'resolved', rejected: { status: 'resolved', attemptCount: 2 } });
    expect(await count(`select count(*) as n from enforcement.inspection where id = $1`, [fixed.data.resubmitRejected.recordId])).toBe(1);
    const batch = (await t.pool.query(`select received, stored, rejected, duplicates from exchange.import_batch where id = $1`, [batchId])).rows[0];
    expect(batch).toEqual({ received: 1000, stored: 981, rejected: 19, duplicates: 0 });
    // Another department cannot correct it, and the public cannot even ask.
    const foreign = await graphqlRequest(exchangeUrl, RESUBMIT, { id: list.data.rejectedRecords.nodes[1].id, cells: [] }, await asUser(otherStaff as never));
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await count(`select count(*) as n from audit.audit_log where operation = 'resubmit:inspection'`)).toBe(2);
  });
});

describe('templates', () => {
  test('each record type has a downloadable .xlsx and .csv template that reads back as its example row', async () => {
    const base = t.hub.subgraphs.exchange.url.replace(/\/graphql$/, '');
    for (const format of ['xlsx', 'csv']) {
      const response = await fetch(`${base}/templates/inspection.${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('行政检查行为导入模板'));
      const file = path.join(t.dir, `template.${format}`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const source = await openRecordFile(file);
      const rows = [];
      for await (const row of source.rows) rows.push(row);
      expect(rows).toHaveLength(1);
      expect(rows[0].cells['监管事项目录编码']).toBe('33010011000001');
    }
    expect((await fetch(`${base}/templates/nothing.xlsx`)).status).toBe(404);
  });
});

describe('online entry (在线填报)', () => {
  const SUBMIT = `mutation($key: String!, $records: [RecordInput!]!) { submitRecords(recordType: "inspection", batchKey: $key, records: $records) {
    alreadyImported batch { received stored rejected duplicates channel } rejected { rowNumber violations { rule field } } } }`;
  const records = (prefix: string) =>
    [...inspectionDelivery(frame, 'SCJG', 3, { prefix })].map((row, i) => ({
      cells: inspectionSpec.fields.map((f) => ({ header: f.header, value: i === 2 && f.name === 'checkDate' ? '2024-13-01' : row.cells[f.name] ?? '' })),
    }));

  test('a batch entered online goes through the same governance; resubmitting the same key stores nothing twice', async () => {
    const url = t.hub.subgraphs.exchange.url;
    const first = await graphqlRequest(url, SUBMIT, { key: 'form-1', records: records('ON-') }, await asUser(staff as never));
    expect(first.errors).toBeUndefined();
    expect(first.data.submitRecords).toMatchObject({ alreadyImported: false, batch: { received: 3, stored: 2, rejected: 1, duplicates: 0, channel: 'online' } });
    expect(first.data.submitRecords.rejected).toEqual([{ rowNumber: 3, violations: expect.arrayContaining([{ rule: 'INVALID_DATE', field: 'checkDate' }]) }]);
    const again = await graphqlRequest(url, SUBMIT, { key: 'form-1', records: records('ON-') }, await asUser(staff as never));
    expect(again.data.submitRecords).toMatchObject({ alreadyImported: true, batch: { stored: 2 } });
    expect(await count(`select count(*) as n from enforcement.inspection where action_code like 'ON-%'`)).toBe(2);
  });

  test('auto-association: a record naming its subject, organ and item gets their name, addresses and division filled', async () => {
    const url = t.hub.subgraphs.exchange.url;
    const [row] = [...inspectionDelivery(frame, 'SCJG', 1, { prefix: 'AA-' })];
    const left = new Set(['partyName', 'regAddress', 'bizAddress', 'adCode', 'orgName', 'actionName']);
    const cells = inspectionSpec.fields.filter((f) => !left.has(f.name)).map((f) => ({ header: f.header, value: row.cells[f.name] ?? '' }));
    const result = await graphqlRequest(url, SUBMIT, { key: 'auto-1', records: [{ cells }] }, await asUser(staff as never));
    expect(result.errors).toBeUndefined();
    expect(result.data.submitRecords.batch).toMatchObject({ stored: 1, rejected: 0 });
    const [stored] = (await t.pool.query(`select party_name, reg_address, ad_code, org_name, action_name, subject_id from enforcement.inspection where action_code = $1`, [row.cells.actionCode])).rows;
    const [subject] = (await t.pool.query(`select id, name, reg_address, ad_code from subjects.subject where cert_no = $1`, [row.cells.partyCertNo])).rows;
    const [item] = (await t.pool.query(`select name from catalog.reg_item where item_code = $1 and is_current`, [row.cells.itemCode])).rows;
    const [organ] = (await t.pool.query(`select name from identity.organ where uscc = $1`, [row.cells.orgCode])).rows;
    expect(stored).toEqual({ party_name: subject.name, reg_address: subject.reg_address, ad_code: subject.ad_code, org_name: organ.name, action_name: item.name, subject_id: subject.id });
  });

  test("another department's records are sent back; auditors cannot submit; an oversized or empty batch is refused", async () => {
    const url = t.hub.subgraphs.exchange.url;
    const foreign = await graphqlRequest(url, SUBMIT, { key: 'form-2', records: records('FX-') }, await asUser(otherStaff as never));
    expect(foreign.data.submitRecords.batch).toMatchObject({ received: 3, stored: 0, rejected: 3 });
    expect(foreign.data.submitRecords.rejected[0].violations).toEqual(expect.arrayContaining([{ rule: 'ORG_NOT_OF_DEPARTMENT', field: 'orgCode' }]));
    const auditor = await graphqlRequest(url, SUBMIT, { key: 'form-3', records: records('AU-') }, await asUser(cityUser(frame, 'auditor', null) as never));
    expect(auditor.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const empty = await graphqlRequest(url, SUBMIT, { key: 'form-4', records: [] }, await asUser(staff as never));
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'NO_RECORDS', field: 'records' });
  });
});
