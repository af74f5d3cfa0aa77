import { createHash } from 'node:crypto';
import path from 'node:path';
import { CityEnforcer, DEPARTMENTS, enforcerAt } from '@hub/city';
import { enforcerIngest, enforcerSpec } from '@hub/enforcement';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';
import { breakCheck, importForScjg, writeRecordCsv } from './ingestKit';

let t: ExchangeTestHub;
beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);
afterAll(() => t?.stop());

const hashIdNo = (idNo: string) => createHash('sha256').update(idNo.toUpperCase()).digest('hex');
const STATUS = { active: '在岗', suspended: '暂停执法', left: '离岗' } as const;

/** SCJG's enforcers of the seed city, delivered again under new certificate numbers (new people for the library). */
const scjg: CityEnforcer[] = [];
for (let i = 0; scjg.length < 12; i++) {
  const e = enforcerAt(frame, i);
  if (e.departmentIndex === 0) scjg.push(e);
}

function enforcerCells(e: CityEnforcer, n: number): Record<string, string> {
  return {
    name: e.name, idNo: e.idNo, certNo: `T3301${String(n).padStart(6, '0')}`, certIssuer: e.certIssuer, certValidFrom: e.certValidFrom, certValidTo: e.certValidTo,
    fields: e.fields.join('、'), orgName: e.orgName, orgUscc: e.orgUscc, adCode: e.adCode, status: STATUS[e.status], isExpert: e.isExpert ? '是' : '否',
  };
}

const writeCsv = (file: string, rows: Record<string, string>[]) => writeRecordCsv(file, enforcerSpec, rows);
const importFile = (file: string, batchKey: string) => importForScjg(t.pool, enforcerIngest, file, batchKey, { chunkSize: 7 });

test('enforcers: stored with the ID number hashed and masked only; broken rows rejected by the right rule; idempotent', async () => {
  const valid = scjg.slice(0, 6).map((e, n) => enforcerCells(e, n));
  const e = scjg[9];
  const broken: [Record<string, string>, string, string][] = [
    [{ ...enforcerCells(e, 100), idNo: breakCheck(e.idNo) }, 'ENFORCER_ID_NO_CHECKSUM', 'idNo'],
    [{ ...enforcerCells(e, 101), certValidFrom: '2021年13月1日' }, 'INVALID_DATE', 'certValidFrom'],
    [{ ...enforcerCells(e, 102), name: '' }, 'ENFORCER_NAME_REQUIRED', 'name'],
    [{ ...enforcerCells(e, 103), certValidTo: '2020-01-01', certValidFrom: '2021-01-01' }, 'ENFORCER_CERT_VALID_FROM_BEFORE_CERT_VALID_TO', 'certValidTo'],
    [{ ...enforcerCells(e, 104), orgUscc: DEPARTMENTS[3].uscc }, 'ORG_NOT_OF_DEPARTMENT', 'orgUscc'],
    [{ ...enforcerCells(e, 105), status: '休假' }, 'ENFORCER_STATUS_CODE', 'status'],
  ];
  const rows = [...valid, ...broken.map(([cells]) => cells), { ...valid[0], name: '同一证号再次出现' }];
  const file = path.join(t.dir, 'enforcers.csv');
  writeCsv(file, rows);

  const result = await importFile(file, 'enforcer-1');
  expect(result).toMatchObject({ received: 13, stored: 6, rejected: 7, duplicates: 0, status: 'completed' });
  const rejects = (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
  // The last row repeats the first record's key with other content: sent back, naming the row it repeats.
  const conflictRow = rows.length + 1;
  expect(rejects.map((r) => r.row_number)).toEqual([...broken.map((_, k) => 8 + k), conflictRow]);
  const conflict = rejects.pop()!;
  expect(conflict.violations.map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)).toEqual(['DUPLICATE_KEY_CONFLICT@certNo']);
  expect(conflict.violations[0].message).toContain('本批第 2 行');
  rejects.forEach((reject, k) => {
    const errors = reject.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`);
    expect(errors).toContain(`${broken[k][1]}@${broken[k][2]}`);
    expect(errors.filter((x: string) => !x.endsWith(`@${broken[k][2]}`))).toEqual([]);
  });

  const stored = (await t.pool.query(`select *, cert_valid_from::text as from_text, cert_valid_to::text as to_text from enforcement.enforcer where cert_no like 'T3301%' order by cert_no`)).rows;
  expect(stored).toHaveLength(6);
  const e0 = scjg[0];
  expect(stored[0]).toMatchObject({
    name: e0.name, cert_no: 'T3301000000', cert_issuer: e0.certIssuer, from_text: e0.certValidFrom, to_text: e0.certValidTo, fields: e0.fields,
    org_name: e0.orgName, org_uscc: e0.orgUscc, ad_code: e0.adCode, status: e0.status, is_expert: e0.isExpert, source_dept: 'SCJG',
    id_no_hash: hashIdNo(e0.idNo), id_no_masked: `${e0.idNo.slice(0, 6)}********${e0.idNo.slice(-4)}`, conflicts: [],
  });
  // The full ID number is nowhere in the stored rows.
  for (const [k, row] of stored.entries()) expect(JSON.stringify(row)).not.toContain(scjg[k].idNo);

  expect(await importFile(file, 'enforcer-1')).toMatchObject({ alreadyImported: true, stored: 6 });
  expect(await importFile(file, 'enforcer-2')).toMatchObject({ received: 13, stored: 0, rejected: 7, duplicates: 6 });
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.enforcer where cert_no like 'T3301%'`)).rows[0].n)).toBe(6);
}, 60_000);
