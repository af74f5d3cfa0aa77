import path from 'node:path';
import { Pool } from 'pg';
import { subjectAt } from '@hub/city';
import { makeUscc } from '@hub/codes';
import { RecordIngest } from '@hub/governance';
import { startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '@hub/catalog';
import subjects, { mergeSubject, subjectIngest, subjectSpec } from '@hub/subjects';
import identity from '@hub/identity';
import exchange from '../src';
import { frame, SCALE } from './exchangeTestHub';
import { importForScjg, writeRecordCsv } from './ingestKit';

let hub: TestHub;
let pool: Pool;
const dir = path.join(require('node:os').tmpdir(), `ingest-subject-${process.pid}`);

beforeAll(async () => {
  require('node:fs').mkdirSync(dir, { recursive: true });
  hub = await startTestSubgraphs([catalog, subjects, identity, exchange], { seedScale: SCALE });
  pool = new Pool({ connectionString: hub.databaseUrl, max: 3 });
}, 300_000);

afterAll(async () => {
  await pool?.end();
  await hub?.stop();
  require('node:fs').rmSync(dir, { recursive: true, force: true });
});

const writeCsv = (name: string, ingest: RecordIngest, rows: Record<string, string>[]) => writeRecordCsv(path.join(dir, name), ingest.spec, rows);
const importFile = (file: string, batchKey: string) => importForScjg(pool, subjectIngest, file, batchKey, { chunkSize: 4, orgs: [] });

const county = frame.counties[0].code;
const newUscc = (i: number) => makeUscc('91', county, `MW${String(i).padStart(6, '0')}`);
function legalRow(i: number, over: Record<string, string> = {}): Record<string, string> {
  return {
    kind: '法人及其他组织', name: `杭州导入测试${i}有限公司`, certType: '001', certNo: newUscc(i), adCode: county, regAddress: `杭州市某路${i}号`, bizAddress: `杭州市某路${i}号`,
    'legalPerson.entType': '有限责任公司', 'legalPerson.legalRep': '王五', 'legalPerson.regStatus': '存续', 'legalPerson.capital': '50万元', 'legalPerson.estDate': '2015年3月2日', ...over,
  };
}
const rowOf = (cells: Record<string, string>) => cells;

describe('监管对象 through the governance pipeline', () => {
  const seeded = subjectAt(frame, 0);
  const unchanged = subjectAt(frame, 1);
  const rows = [
    legalRow(1), // 2 new
    legalRow(2, { 'legalPerson.capital': '300000元' }), // 3 new, capital given in 元
    // 4 merge into a seeded subject: new business address, empty name keeps the stored one, kind kept (warning)
    rowOf({ kind: '特定自然人', name: '', certType: '001', certNo: seeded.certNo.toLowerCase(), adCode: seeded.adCode, bizAddress: '杭州市新地址99号', 'legalPerson.legalRep': '赵六' }),
    // 5 the seeded subject as it is: nothing changes, a duplicate
    rowOf({ kind: 'legal', name: unchanged.name, certType: unchanged.certType, certNo: unchanged.certNo, adCode: unchanged.adCode, regAddress: unchanged.regAddress ?? '' }),
    legalRow(6, { certNo: newUscc(6).slice(0, 17) + (newUscc(6).endsWith('0') ? '1' : '0') }), // 6 bad checksum
    legalRow(7, { 'legalPerson.estDate': '2015-13-45' }), // 7 bad date
    legalRow(8, { name: '' }), // 8 missing name
    legalRow(9, { adCode: '339999' }), // 9 unknown division
    legalRow(10, { 'legalPerson.legalRep': '' }), // 10 legal person without 法定代表人
    legalRow(11, { kind: '特种设备' }), // 11 new equipment without details
  ];

  test('new subjects stored, existing ones merged by survivor rules, broken rows rejected with their rule', async () => {
    const result = await importFile(writeCsv('subjects.csv', subjectIngest, rows), 'subjects-1');
    expect(result).toMatchObject({ received: 10, stored: 3, updated: 1, rejected: 6, duplicates: 1, status: 'completed' });
    const rejects = (await pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
    const got = Object.fromEntries(rejects.map((r) => [r.row_number, r.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)]));
    expect(got).toEqual({
      6: ['SUBJECT_CERT_NO_CHECKSUM@certNo'],
      7: [expect.stringMatching(/@legalPerson\.estDate$/)],
      8: ['SUBJECT_NAME_REQUIRED@name'],
      9: ['SUBJECT_AD_CODE_CODE@adCode'],
      10: ['SUBJECT_LEGAL_PERSON_REQUIRED@legalPerson.legalRep'],
      11: ['SUBJECT_DETAILS_REQUIRED@kind'],
    });

    const created = (await pool.query(`select kind, name, cert_type, ad_code, source_dept, legal_person from subjects.subject where cert_no = $1`, [newUscc(2)])).rows[0];
    expect(created).toMatchObject({ kind: 'legal', cert_type: '001', ad_code: county, source_dept: 'SCJG' });
    expect(created.legal_person).toMatchObject({ entType: '有限责任公司', legalRep: '王五', regStatus: '存续', capital: 30, estDate: '2015-03-02' });

    // Survivor rules: same id, kind and name kept, address and legal representative from the newer delivery,
    // other legal-person facts kept, version bumped, source_dept of the original.
    const merged = (await pool.query(`select id, kind, name, biz_address, reg_address, version, source_dept, legal_person from subjects.subject where cert_no = $1`, [seeded.certNo])).rows[0];
    expect(merged).toMatchObject({ id: seeded.id, kind: 'legal', name: seeded.name, biz_address: '杭州市新地址99号', reg_address: seeded.regAddress, version: 2, source_dept: 'SEED' });
    expect(merged.legal_person).toMatchObject({ legalRep: '赵六', entType: seeded.legalPerson!.entType, regStatus: seeded.legalPerson!.regStatus, legalRepCertNo: seeded.legalPerson!.legalRepCertNo });
    const flags = (await pool.query(`select record_id, violations from exchange.record_flag where batch_id = $1`, [result.id])).rows;
    expect(flags.find((f) => f.record_id === seeded.id)?.violations.map((w: { rule: string }) => w.rule)).toContain('SUBJECT_KIND_KEPT');
    expect((await pool.query(`select version from subjects.subject where cert_no = $1`, [unchanged.certNo])).rows[0].version).toBe(1);
  });

  test('re-sending the batch stores nothing; the same rows in a new batch are merges that change nothing (duplicates)', async () => {
    const file = path.join(dir, 'subjects.csv');
    expect(await importFile(file, 'subjects-1')).toMatchObject({ alreadyImported: true, stored: 3 });
    expect(await importFile(file, 'subjects-2')).toMatchObject({ received: 10, stored: 0, rejected: 6, duplicates: 4 });
    expect((await pool.query(`select version from subjects.subject where cert_no = $1`, [seeded.certNo])).rows[0].version).toBe(2);
  });

  test('mergeSubject: empty never erases, newer non-empty wins, kind/certNo never change', () => {
    const stored = {
      id: 'x', version: 1, kind: 'legal', cert_type: '001', cert_no: 'C', name: '旧名', ad_code: '330102', reg_address: '旧注册', biz_address: null, industry_code: 'F5211',
      legal_person: { entType: '有限责任公司', legalRep: '甲', regStatus: '存续', capital: 10 }, natural_person: null,
    };
    const incoming = { kind: 'natural', cert_type: '111', cert_no: 'C', name: '新名', ad_code: null, reg_address: null, biz_address: '新经营', industry_code: null, legal_person: { capital: 20 }, natural_person: { qualification: 'q' } };
    expect(mergeSubject(stored, incoming)).toEqual({
      id: 'x', name: '新名', ad_code: '330102', reg_address: '旧注册', biz_address: '新经营', industry_code: 'F5211',
      legal_person: expect.objectContaining({ entType: '有限责任公司', legalRep: '甲', regStatus: '存续', capital: 20 }), natural_person: null,
    });
    expect(mergeSubject(stored, { ...incoming, name: null, biz_address: null, legal_person: {} })).toBeNull();
    expect(subjectSpec.naturalKey).toEqual(['certNo']);
  });
});
