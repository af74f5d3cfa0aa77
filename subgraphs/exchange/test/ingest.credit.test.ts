import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { subjectAt } from '@hub/city';
import { RecordIngest } from '@hub/governance';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '@hub/catalog';
import subjects from '@hub/subjects';
import enforcement from '@hub/enforcement';
import credit, { creditListingIngest, licensePublicityIngest, penaltyPublicityIngest } from '@hub/credit';
import { creditOfSubject, inspectionAt, penaltyPublicityOf } from '@hub/city';
import identity from '@hub/identity';
import exchange from '../src';
import { frame, SCALE } from './exchangeTestHub';
import { importForScjg, writeRecordCsv } from './ingestKit';

let hub: TestHub;
let pool: Pool;
const dir = path.join(require('node:os').tmpdir(), `ingest-credit-${process.pid}`);

beforeAll(async () => {
  require('node:fs').mkdirSync(dir, { recursive: true });
  hub = await startTestSubgraphs([catalog, subjects, enforcement, identity, credit, exchange], { seedScale: SCALE });
  pool = new Pool({ connectionString: hub.databaseUrl, max: 3 });
}, 300_000);

afterAll(async () => {
  await pool?.end();
  await hub?.stop();
  require('node:fs').rmSync(dir, { recursive: true, force: true });
});

const writeCsv = (name: string, ingest: RecordIngest, rows: Record<string, string>[]) => writeRecordCsv(path.join(dir, name), ingest.spec, rows);
const importFile = (ingest: RecordIngest, file: string, batchKey: string) => importForScjg(pool, ingest, file, batchKey, { chunkSize: 4 });

const scjg = frame.departments.find((d) => d.code === 'SCJG')!;
const legal = Array.from({ length: 50 }, (_, i) => subjectAt(frame, i)).filter((s) => s.kind === 'legal');
const errorsOf = async (batchId: string) => {
  const rejects = (await pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [batchId])).rows;
  return Object.fromEntries(rejects.map((r) => [r.row_number, r.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)]));
};

describe('行政处罚公示', () => {
  // A penalty of the city, published again under a new decision number so that the seed does not hold it.
  const found = Array.from({ length: 2000 }, (_, i) => inspectionAt(frame, i)).map((x) => penaltyPublicityOf(frame, x)).filter(Boolean)[0]!;
  const row = (i: number, over: Record<string, string> = {}) => ({
    partyName: found.partyName, partyCategory: found.partyCategory, uscc: found.uscc, legalRep: found.legalRep ?? '', decisionNo: `杭市监罚〔2026〕导${i}号`,
    illegalType: found.illegalType, illegalFacts: found.illegalFacts, basis: found.basis, penaltyCategory: found.penaltyCategory, content: found.content,
    fineWan: '5000元', decisionDate: '2026-10-09', validUntil: '2029-10-09', publicUntil: '2027-10-09', publishedAt: '2026/10/12',
    authority: scjg.name, authorityUscc: scjg.uscc, dataSource: scjg.name, dataSourceUscc: scjg.uscc, status: '正常', ...over,
  });
  const rows = [
    row(1), // 2
    row(2, { fineWan: '1.25', status: '1' }), // 3
    row(3, { uscc: found.uscc.slice(0, 17) + (found.uscc.endsWith('0') ? '1' : '0') }), // 4 bad checksum
    row(4, { decisionDate: '2026-02-30' }), // 5 bad date
    row(5, { basis: '' }), // 6 missing
    row(6, { authorityUscc: frame.departments.find((d) => d.code === 'STHJ')!.uscc }), // 7 another department's organ
    row(7, { publishedAt: '2026-10-01' }), // 8 published before the decision
  ];
  test('stored in 万元, own organs only, counts add up, idempotent', async () => {
    const file = writeCsv('penalties.csv', penaltyPublicityIngest, rows);
    const result = await importFile(penaltyPublicityIngest, file, 'pp-1');
    expect(result).toMatchObject({ received: 7, stored: 2, rejected: 5, duplicates: 0 });
    expect(await errorsOf(result.id)).toEqual({
      4: ['PENALTY_PUBLICITY_USCC_CHECKSUM@uscc'],
      5: expect.arrayContaining(['INVALID_DATE@decisionDate']),
      6: ['PENALTY_PUBLICITY_BASIS_REQUIRED@basis'],
      7: ['AUTHORITY_NOT_OF_DEPARTMENT@authorityUscc'],
      8: ['PENALTY_PUBLICITY_DECISION_DATE_BEFORE_PUBLISHED_AT@publishedAt'],
    });
    const stored = (await pool.query(`select fine_wan::text, status, published_at::text, publish_deadline::text, source_dept from credit.penalty_publicity where decision_no = $1`, [`杭市监罚〔2026〕导1号`])).rows[0];
    expect(stored).toEqual({ fine_wan: '0.500000', status: 'normal', published_at: '2026-10-12', publish_deadline: '2026-10-20', source_dept: 'SCJG' });
    expect((await pool.query(`select fine_wan::text, status from credit.penalty_publicity where decision_no = $1`, [`杭市监罚〔2026〕导2号`])).rows[0]).toEqual({ fine_wan: '1.250000', status: 'revoked' });
    expect(await importFile(penaltyPublicityIngest, file, 'pp-1')).toMatchObject({ alreadyImported: true, stored: 2 });
    expect(await importFile(penaltyPublicityIngest, file, 'pp-2')).toMatchObject({ received: 7, stored: 0, rejected: 5, duplicates: 2 });
  });
});

describe('行政许可公示', () => {
  const subject = legal[0];
  const row = (i: number, over: Record<string, string> = {}) => ({
    partyName: subject.name, partyCategory: '法人及非法人组织', uscc: subject.certNo, legalRep: subject.legalPerson!.legalRep, docName: '食品经营许可决定书',
    docNo: `杭市监许〔2026〕导${i}号`, category: '普通', certName: '食品经营许可证', licenceNo: `JYIMP${i}`, content: '预包装食品销售',
    decisionDate: '2026-10-09', validFrom: '2026-10-09', validTo: '2031-10-08', authority: scjg.name, authorityUscc: scjg.uscc, status: '有效', dataSource: scjg.name, ...over,
  });
  const rows = [row(1), row(2, { status: '无效' }), row(3, { validTo: '2026-10-01' }), row(4, { category: '特别' }), row(5, { authorityUscc: frame.departments[3].uscc }), row(1)];
  test('stored on (authorityUscc, docNo), broken rows rejected, idempotent', async () => {
    const file = writeCsv('licences.csv', licensePublicityIngest, rows);
    const result = await importFile(licensePublicityIngest, file, 'lp-1');
    expect(result).toMatchObject({ received: 6, stored: 2, rejected: 3, duplicates: 1 });
    expect(await errorsOf(result.id)).toEqual({
      4: ['LICENSE_PUBLICITY_VALID_FROM_BEFORE_VALID_TO@validTo'],
      5: ['LICENSE_PUBLICITY_CATEGORY_CODE@category'],
      6: ['AUTHORITY_NOT_OF_DEPARTMENT@authorityUscc'],
    });
    expect((await pool.query(`select status, valid_to::text, source_dept from credit.license_publicity where doc_no = $1`, [`杭市监许〔2026〕导2号`])).rows[0]).toEqual({ status: 'invalid', valid_to: '2031-10-08', source_dept: 'SCJG' });
    expect(await importFile(licensePublicityIngest, file, 'lp-2')).toMatchObject({ received: 6, stored: 0, rejected: 3, duplicates: 3 });
  });
});

describe('信用名单', () => {
  // Subjects the seed put on no list, so that open entries are new.
  const free = legal.filter((s) => creditOfSubject(frame, s).listings.length === 0);
  const row = (s: typeof legal[number], over: Record<string, string> = {}) => ({
    listType: '经营异常名录', uscc: s.certNo, partyName: s.name, reason: '未按照规定期限公示年度报告', listedAt: '2026-07-01', basis: '《企业经营异常名录管理暂行办法》', ...over,
  });
  const rows = [
    row(free[0]), // 2 open, listed by the department (filled)
    row(free[1], { listedBy: scjg.name, removedAt: '2026-09-01', removedReason: '已补报年度报告', removedBy: scjg.name }), // 3 removed
    row(free[1], { listedBy: scjg.name, listedAt: '2026-10-01' }), // 4 open again after removal
    row(free[0], { listedAt: '2026-08-01' }), // 5 second open entry: rejected
    row(free[2], { listedBy: '杭州市生态环境局' }), // 6 another department
    row(free[3], { removedAt: '2026-06-01', removedReason: 'x', removedBy: scjg.name }), // 7 removed before listed
    row(free[4], { removedAt: '2026-08-01' }), // 8 removal without reason/authority
    row(free[5], { listType: '灰名单' }), // 9 unknown list
  ];
  test('listedBy = the department; one open entry at a time; counts add up; idempotent', async () => {
    const file = writeCsv('listings.csv', creditListingIngest, rows);
    const result = await importFile(creditListingIngest, file, 'cl-1');
    expect(result).toMatchObject({ received: 8, stored: 3, rejected: 5, duplicates: 0 });
    expect(await errorsOf(result.id)).toEqual({
      5: ['CREDIT_LISTING_ALREADY_LISTED@uscc'],
      6: ['CREDIT_LISTING_LISTED_BY_NOT_DEPARTMENT@listedBy'],
      7: ['CREDIT_LISTING_LISTED_AT_BEFORE_REMOVED_AT@removedAt'],
      8: expect.arrayContaining(['CREDIT_LISTING_REMOVED_REASON_REQUIRED@removedReason', 'CREDIT_LISTING_REMOVED_BY_REQUIRED@removedBy']),
      9: ['CREDIT_LISTING_LIST_TYPE_CODE@listType'],
    });
    const stored = (await pool.query(`select list_type, list_name, listed_by, source_dept from credit.credit_listing where uscc = $1`, [free[0].certNo])).rows;
    expect(stored).toEqual([{ list_type: 'abnormal', list_name: '经营异常名录', listed_by: scjg.name, source_dept: 'SCJG' }]);
    expect(await importFile(creditListingIngest, file, 'cl-2')).toMatchObject({ received: 8, stored: 0, rejected: 5, duplicates: 3 });
  });

  test('the entry delivered again with its 移出 is updated in place (same record, version + 1, cd_operation u upward)', async () => {
    const before = (await pool.query(`select id, version from credit.credit_listing where uscc = $1 and list_type = 'abnormal'`, [free[0].certNo])).rows[0];
    const removed = row(free[0], { removedAt: '2026-09-15', removedReason: '已补报年度报告', removedBy: scjg.name });
    const file = writeCsv('listing-removed.csv', creditListingIngest, [removed, row(free[1], { listedBy: scjg.name, listedAt: '2026-10-01' })]);
    const result = await importFile(creditListingIngest, file, 'cl-3');
    expect(result).toMatchObject({ received: 2, stored: 1, updated: 1, rejected: 0, duplicates: 1 });
    const after = (await pool.query(`select id, version, removed_at::text, removed_reason from credit.credit_listing where uscc = $1 and list_type = 'abnormal'`, [free[0].certNo])).rows;
    expect(after).toEqual([{ id: before.id, version: before.version + 1, removed_at: '2026-09-15', removed_reason: '已补报年度报告' }]);
    const outbox = (await pool.query(`select operation from exchange.outbox where record_type = 'creditListing' and record_id = $1 order by created_at`, [before.id])).rows;
    expect(outbox.map((o) => o.operation)).toEqual(['i', 'u']);
    expect(await importFile(creditListingIngest, file, 'cl-4')).toMatchObject({ received: 2, stored: 0, updated: 0, duplicates: 2 });
  });

  test('操作类型 D deletes an entry named by its key, the list given by its name as in a file', async () => {
    const file = path.join(dir, 'listing-delete.csv');
    writeFileSync(file, ['统一社会信用代码,名单类别,列入日期,操作类型', `${free[1].certNo},经营异常名录,2026-10-01,D`].join('\n'));
    const result = await importFile(creditListingIngest, file, 'cl-del');
    expect(result).toMatchObject({ received: 1, stored: 1, deleted: 1, rejected: 0 });
    const entries = (await pool.query(`select listed_at::text, data_status from credit.credit_listing where uscc = $1 order by listed_at`, [free[1].certNo])).rows;
    expect(entries).toEqual([{ listed_at: '2026-07-01', data_status: 'normal' }, { listed_at: '2026-10-01', data_status: 'deleted' }]);
  });
});
