import path from 'node:path';
import { CityInspection, DEPARTMENTS } from '@hub/city';
import { addDays } from '@hub/codes';
import { coercionIngest, coercionSpec } from '@hub/enforcement';
import { ExchangeTestHub, startExchangeTestHub } from './exchangeTestHub';
import { breakCheck, companyInspections, importForScjg, writeRecordCsv } from './ingestKit';

let t: ExchangeTestHub;
beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);
afterAll(() => t?.stop());


const inspections = companyInspections(14);

/** A coercion following inspection `i`, by field name. */
function coercionCells(i: CityInspection, n: number): Record<string, string> {
  const s = i.subject;
  return {
    itemCode: i.itemCode, actionName: `查封（${s.name}）`, actionCode: `TQZ${n}`, orgName: i.orgName, orgCode: i.orgCode, objectType: i.objectType,
    partyName: s.name, partyNature: i.partyNature, partyCertType: s.certType, partyCertNo: s.certNo, bizAddress: s.bizAddress ?? '', adCode: s.adCode,
    reportedAt: `${addDays(i.checkDate, 40)} 10:00:00`, reportedBy: '张三',
    inspectionActionCode: i.actionCode, decisionNo: `T杭市监强〔2025〕${n}号`, kind: '强制措施', measureType: '扣押财物',
    basis: '《中华人民共和国行政强制法》第九条', facts: `${s.name}涉嫌违法生产经营`, start: addDays(i.checkDate, 1), end: addDays(i.checkDate, 31),
  };
}

const writeCsv = (file: string, rows: Record<string, string>[]) => writeRecordCsv(file, coercionSpec, rows);
const importFile = (file: string, batchKey: string) => importForScjg(t.pool, coercionIngest, file, batchKey, { chunkSize: 7 });

test('coercions: stored with their inspection and party; broken rows rejected by the right rule; idempotent', async () => {
  expect(inspections.length).toBeGreaterThanOrEqual(10);
  const valid = inspections.slice(0, 6).map((i, n) => coercionCells(i, n));
  const other = inspections[9];
  const broken: [Record<string, string>, string, string][] = [
    [{ ...coercionCells(other, 100), partyCertNo: breakCheck(other.subject.certNo) }, 'COERCION_PARTY_CERT_NO_CHECKSUM', 'partyCertNo'],
    [{ ...coercionCells(other, 101), start: '2024-02-30' }, 'INVALID_DATE', 'start'],
    [{ ...coercionCells(other, 102), decisionNo: '' }, 'COERCION_DECISION_NO_REQUIRED', 'decisionNo'],
    [{ ...coercionCells(other, 103), inspectionActionCode: 'JCNOSUCH0001' }, 'COERCION_INSPECTION_ACTION_CODE_EXISTS', 'inspectionActionCode'],
    [{ ...coercionCells(other, 104), orgCode: DEPARTMENTS[3].uscc }, 'ORG_NOT_OF_DEPARTMENT', 'orgCode'],
    [{ ...coercionCells(other, 105), kind: '强制拘留' }, 'COERCION_KIND_CODE', 'kind'],
    [{ ...coercionCells(other, 106), end: addDays(other.checkDate, -3) }, 'COERCION_START_BEFORE_END', 'end'],
  ];
  const rows = [...valid, ...broken.map(([cells]) => cells), { ...valid[0], decisionNo: '同一行为编号再次出现' }];
  const file = path.join(t.dir, 'coercions.csv');
  writeCsv(file, rows);

  const result = await importFile(file, 'coercion-1');
  expect(result).toMatchObject({ received: 14, stored: 6, rejected: 8, duplicates: 0, status: 'completed' });
  const rejects = (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
  // The last row repeats the first record's key with other content: sent back, naming the row it repeats.
  const conflictRow = rows.length + 1;
  expect(rejects.map((r) => r.row_number)).toEqual([...broken.map((_, k) => 8 + k), conflictRow]);
  const conflict = rejects.pop()!;
  expect(conflict.violations.map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)).toEqual(['DUPLICATE_KEY_CONFLICT@actionCode']);
  expect(conflict.violations[0].message).toContain('本批第 2 行');
  rejects.forEach((reject, k) => {
    const errors = reject.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`);
    expect(errors).toContain(`${broken[k][1]}@${broken[k][2]}`);
    expect(errors.filter((e: string) => !e.endsWith(`@${broken[k][2]}`))).toEqual([]);
  });

  const stored = (await t.pool.query(`select *, start::text as start_text, "end"::text as end_text from enforcement.coercion where action_code like 'TQZ%'`)).rows;
  expect(stored).toHaveLength(6);
  const i0 = inspections[0];
  expect(stored.find((c) => c.action_code === 'TQZ0')).toMatchObject({
    inspection_id: i0.id, subject_id: i0.subject.id, party_name: i0.subject.name, party_cert_no: i0.subject.certNo, ad_code: i0.subject.adCode,
    item_code: i0.itemCode, org_code: i0.orgCode, org_name: i0.orgName, source_dept: 'SCJG', kind: '强制措施', measure_type: '扣押财物', exec_type: null,
    decision_no: 'T杭市监强〔2025〕0号', start_text: addDays(i0.checkDate, 1), end_text: addDays(i0.checkDate, 31), extension: null,
  });

  expect(await importFile(file, 'coercion-1')).toMatchObject({ alreadyImported: true, stored: 6 });
  expect(await importFile(file, 'coercion-2')).toMatchObject({ received: 14, stored: 0, rejected: 8, duplicates: 6 });
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.coercion where action_code like 'TQZ%'`)).rows[0].n)).toBe(6);
}, 60_000);
