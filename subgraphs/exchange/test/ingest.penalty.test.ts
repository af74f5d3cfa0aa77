import path from 'node:path';
import { CityInspection, DEPARTMENTS } from '@hub/city';
import { addDays } from '@hub/codes';
import { penaltyIngest, penaltySpec } from '@hub/enforcement';
import { ExchangeTestHub, startExchangeTestHub } from './exchangeTestHub';
import { breakCheck, companyInspections, importForScjg, writeRecordCsv } from './ingestKit';

let t: ExchangeTestHub;
beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);
afterAll(() => t?.stop());


const inspections = companyInspections(14);

/** A penalty following inspection `i`, by field name, as a department's export has it. */
function penaltyCells(i: CityInspection, n: number): Record<string, string> {
  const s = i.subject;
  const filed = addDays(i.checkDate, 2);
  const decided = addDays(i.checkDate, 10);
  return {
    itemCode: i.itemCode, actionName: `对${s.name}的行政处罚`, actionCode: `TCF${n}`, orgName: i.orgName, orgCode: i.orgCode, objectType: i.objectType,
    partyName: s.name, partyNature: i.partyNature, partyCertType: s.certType, partyCertNo: s.certNo, bizAddress: s.bizAddress ?? '', adCode: s.adCode,
    reportedAt: `${addDays(i.checkDate, 21)} 10:00:00`, reportedBy: '张三',
    inspectionActionCode: i.actionCode, caseNo: `T杭市监案〔2025〕${n}号`, caseSource: '监督检查', illegalFacts: `${s.name}未按规定公示信息`,
    basis: '《企业信息公示暂行条例》第十八条', procedure: '一般', hearing: '否', filedAt: filed, criminal: '否', major: '否',
    'legalReview.done': '是', 'legalReview.date': addDays(i.checkDate, 9), 'legalReview.opinion': '事实清楚，证据确凿',
    decisionNo: `T杭市监罚〔2025〕${n}号`, decisionDate: decided, penaltyTypes: '警告、罚款', fineYuan: '0.5万元', resultText: '警告并罚款5000元',
    reconsideration: '未申请', litigation: '未提起', 'closing.mode': '自觉履行', 'closing.result': '执行完毕', 'closing.paidYuan': '5000',
    'closing.noPenalty': '否', 'closing.date': addDays(i.checkDate, 20),
  };
}

const writeCsv = (file: string, rows: Record<string, string>[]) => writeRecordCsv(file, penaltySpec, rows);
const importFile = (file: string, batchKey: string) => importForScjg(t.pool, penaltyIngest, file, batchKey, { chunkSize: 7 });

test('penalties: stored with their inspection, party and JSON parts; broken rows rejected by the right rule; idempotent', async () => {
  expect(inspections.length).toBeGreaterThanOrEqual(10);
  const valid = inspections.slice(0, 8).map((i, n) => penaltyCells(i, n));
  const other = inspections[9];
  const broken: [Record<string, string>, string, string][] = [
    [{ ...penaltyCells(other, 100), partyCertNo: breakCheck(other.subject.certNo) }, 'PENALTY_PARTY_CERT_NO_CHECKSUM', 'partyCertNo'],
    [{ ...penaltyCells(other, 101), decisionDate: '2024-13-45' }, 'INVALID_DATE', 'decisionDate'],
    [{ ...penaltyCells(other, 102), illegalFacts: '' }, 'PENALTY_ILLEGAL_FACTS_REQUIRED', 'illegalFacts'],
    [{ ...penaltyCells(other, 103), inspectionActionCode: 'JCNOSUCH0001' }, 'PENALTY_INSPECTION_ACTION_CODE_EXISTS', 'inspectionActionCode'],
    [{ ...penaltyCells(other, 104), orgCode: DEPARTMENTS[3].uscc }, 'ORG_NOT_OF_DEPARTMENT', 'orgCode'],
    [{ ...penaltyCells(other, 105), 'closing.date': addDays(other.checkDate, 5) }, 'PENALTY_DECISION_DATE_BEFORE_CLOSING_DATE', 'closing.date'],
    [{ ...penaltyCells(other, 106), partyCertNo: inspections[0].subject.certNo, partyName: inspections[0].subject.name }, 'PENALTY_PARTY_MISMATCH', 'partyCertNo'],
  ];
  const rows = [...valid, ...broken.map(([cells]) => cells), { ...valid[0], resultText: '同一文书号再次出现' }];
  const file = path.join(t.dir, 'penalties.csv');
  writeCsv(file, rows);

  const result = await importFile(file, 'penalty-1');
  expect(result).toMatchObject({ received: 16, stored: 8, rejected: 8, duplicates: 0, status: 'completed' });
  expect(result.received).toBe(result.stored + result.rejected + result.duplicates);

  const rejects = (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
  // The last row repeats the first record's key with other content: sent back, naming the row it repeats.
  const conflictRow = rows.length + 1;
  expect(rejects.map((r) => r.row_number)).toEqual([...broken.map((_, k) => 10 + k), conflictRow]);
  const conflict = rejects.pop()!;
  expect(conflict.violations.map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)).toEqual(['DUPLICATE_KEY_CONFLICT@decisionNo']);
  expect(conflict.violations[0].message).toContain('本批第 2 行');
  rejects.forEach((reject, k) => {
    const errors = reject.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`);
    // The named rule, and nothing on another field (an unreadable date is also "required").
    expect(errors).toContain(`${broken[k][1]}@${broken[k][2]}`);
    expect(errors.filter((e: string) => !e.endsWith(`@${broken[k][2]}`))).toEqual([]);
  });

  const stored = (await t.pool.query(`select * from enforcement.penalty where decision_no like 'T杭市监罚%' order by decision_no`)).rows;
  expect(stored).toHaveLength(8);
  const first = stored.find((p) => p.decision_no === 'T杭市监罚〔2025〕0号')!;
  const i0 = inspections[0];
  expect(first).toMatchObject({
    inspection_id: i0.id, subject_id: i0.subject.id, party_name: i0.subject.name, party_cert_no: i0.subject.certNo, ad_code: i0.subject.adCode,
    org_code: i0.orgCode, org_name: i0.orgName, source_dept: 'SCJG', penalty_types: ['01', '02'], fine_yuan: '5000.00', confiscated_yuan: null,
    procedure: '一般', hearing: false, criminal: false, major: false, case_source: '监督检查', result_text: '警告并罚款5000元',
    legal_review: { done: true, date: addDays(i0.checkDate, 9), opinion: '事实清楚,证据确凿' }, // full-width punctuation folded by standardisation collective: null, licence_revoked: null,
    closing: { mode: '自觉履行', result: '执行完毕', paidYuan: 5000, noPenalty: false, date: addDays(i0.checkDate, 20) },
  });
  expect(first.reported_at.toISOString()).toBe(new Date(`${addDays(i0.checkDate, 21)}T10:00:00+08:00`).toISOString());

  // The same batch again: nothing read, nothing stored; the same rows under a new key: duplicates.
  expect(await importFile(file, 'penalty-1')).toMatchObject({ alreadyImported: true, stored: 8 });
  expect(await importFile(file, 'penalty-2')).toMatchObject({ received: 16, stored: 0, rejected: 8, duplicates: 8 });
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.penalty where decision_no like 'T杭市监罚%'`)).rows[0].n)).toBe(8);
}, 60_000);
