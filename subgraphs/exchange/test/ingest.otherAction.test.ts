import path from 'node:path';
import { CityInspection, DEPARTMENTS } from '@hub/city';
import { addDays } from '@hub/codes';
import { otherActionIngest, otherActionSpec } from '@hub/enforcement';
import { ExchangeTestHub, startExchangeTestHub } from './exchangeTestHub';
import { breakCheck, companyInspections, importForScjg, writeRecordCsv } from './ingestKit';

let t: ExchangeTestHub;
beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);
afterAll(() => t?.stop());


const inspections = companyInspections(14);

/** An other action, following inspection `i` (or on its own without `inspectionActionCode`), by field name. */
function otherCells(i: CityInspection, n: number): Record<string, string> {
  const s = i.subject;
  return {
    itemCode: i.itemCode, actionName: '行政约谈', actionCode: `TQT${n}`, orgName: i.orgName, orgCode: i.orgCode, objectType: i.objectType,
    partyName: s.name, partyNature: i.partyNature, partyCertType: s.certType, partyCertNo: s.certNo, bizAddress: s.bizAddress ?? '', adCode: s.adCode,
    reportedAt: `${addDays(i.checkDate, 40)} 10:00:00`, reportedBy: '张三',
    inspectionActionCode: i.actionCode, source: '日常检查', measure: '约谈', closing: '已整改完毕', start: addDays(i.checkDate, 1), end: addDays(i.checkDate, 15),
  };
}

const writeCsv = (file: string, rows: Record<string, string>[]) => writeRecordCsv(file, otherActionSpec, rows);
const importFile = (file: string, batchKey: string) => importForScjg(t.pool, otherActionIngest, file, batchKey, { chunkSize: 7 });

test('other actions: with or without their inspection; broken rows rejected by the right rule; idempotent', async () => {
  expect(inspections.length).toBeGreaterThanOrEqual(10);
  const following = inspections.slice(0, 4).map((i, n) => otherCells(i, n));
  const alone = inspections.slice(4, 6).map((i, n) => ({ ...otherCells(i, 50 + n), inspectionActionCode: '' }));
  const other = inspections[9];
  const broken: [Record<string, string>, string, string][] = [
    [{ ...otherCells(other, 100), partyCertNo: breakCheck(other.subject.certNo) }, 'OTHER_ACTION_PARTY_CERT_NO_CHECKSUM', 'partyCertNo'],
    [{ ...otherCells(other, 101), start: '20241350' }, 'INVALID_DATE', 'start'],
    [{ ...otherCells(other, 102), itemCode: '' }, 'OTHER_ACTION_ITEM_CODE_REQUIRED', 'itemCode'],
    [{ ...otherCells(other, 103), inspectionActionCode: 'JCNOSUCH0001' }, 'OTHER_ACTION_INSPECTION_ACTION_CODE_EXISTS', 'inspectionActionCode'],
    [{ ...otherCells(other, 104), itemCode: '33999999999999' }, 'OTHER_ACTION_ITEM_CODE_EXISTS', 'itemCode'],
    [{ ...otherCells(other, 105), orgCode: DEPARTMENTS[3].uscc }, 'ORG_NOT_OF_DEPARTMENT', 'orgCode'],
  ];
  const rows = [...following, ...alone, ...broken.map(([cells]) => cells), { ...following[0], closing: '同一行为编号再次出现' }];
  const file = path.join(t.dir, 'others.csv');
  writeCsv(file, rows);

  const result = await importFile(file, 'other-1');
  expect(result).toMatchObject({ received: 13, stored: 6, rejected: 7, duplicates: 0, status: 'completed' });
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

  const stored = (await t.pool.query(`select *, start::text as start_text from enforcement.other_action where action_code like 'TQT%'`)).rows;
  expect(stored).toHaveLength(6);
  const [i0, i4] = [inspections[0], inspections[4]];
  expect(stored.find((o) => o.action_code === 'TQT0')).toMatchObject({
    inspection_id: i0.id, subject_id: i0.subject.id, party_name: i0.subject.name, party_cert_type: '001', party_cert_no: i0.subject.certNo,
    ad_code: i0.subject.adCode, item_code: i0.itemCode, org_code: i0.orgCode, source_dept: 'SCJG', measure: '约谈', closing: '已整改完毕',
    start_text: addDays(i0.checkDate, 1),
  });
  // On its own: no inspection, the subject linked by its USCC.
  expect(stored.find((o) => o.action_code === 'TQT50')).toMatchObject({ inspection_id: null, subject_id: i4.subject.id, party_cert_no: i4.subject.certNo, item_code: i4.itemCode });

  expect(await importFile(file, 'other-1')).toMatchObject({ alreadyImported: true, stored: 6 });
  expect(await importFile(file, 'other-2')).toMatchObject({ received: 13, stored: 0, rejected: 7, duplicates: 6 });
}, 60_000);
