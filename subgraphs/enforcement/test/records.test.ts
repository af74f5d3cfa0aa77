import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import enforcement from '../src';
import { CREATE_COERCION, CREATE_ENFORCER, CREATE_INSPECTION, CREATE_PENALTY, enforcerInput, inspectionInput, penaltyInput } from './fixtures';

let hub: TestHub;
let url: string;
let inspectionId: string;

const problemOf = (errors: any[] | undefined) => errors?.[0].extensions;

beforeAll(async () => {
  hub = await startTestSubgraphs([enforcement]);
  url = hub.subgraphs.enforcement.url;
  for (const [certNo, idNo, extra] of [
    ['ZJ-T-0001', '11010519491231002X', {}],
    ['ZJ-T-0002', '440524188001010014', {}],
    ['ZJ-T-EXPIRED', '440882198503293017', { certValidFrom: '2019-01-01', certValidTo: '2023-12-31' }],
    ['ZJ-T-SUSPENDED', '440882198503293017', { status: 'suspended' }],
  ] as const) {
    const { errors } = await graphqlRequest(url, CREATE_ENFORCER, { input: enforcerInput(certNo, idNo, extra) });
    expect(errors).toBeUndefined();
  }
  const { data, errors } = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-BASE-1', ['ZJ-T-0001', 'ZJ-T-0002']) });
  expect(errors).toBeUndefined();
  inspectionId = data.createInspection.id;
});
afterAll(() => hub?.stop());

describe('enforcers', () => {
  test('the ID number is stored and shown only masked', async () => {
    const { data } = await graphqlRequest(url, '{ enforcerByCertNo(certNo: "ZJ-T-0001") { id idNoMasked } }');
    expect(data.enforcerByCertNo.idNoMasked).toBe('110105********002X');
    const { data: schema } = await graphqlRequest(url, '{ __type(name: "Enforcer") { fields { name } } }');
    const names = schema.__type.fields.map((f: any) => f.name);
    expect(names).toContain('idNoMasked');
    expect(names.filter((n: string) => /^idNo(?!Masked)/.test(n))).toEqual([]);
    const em = hub.subgraphs.enforcement.orm.em.fork();
    const rows = await em.getConnection().execute('select row_to_json(e)::text as json from enforcement.enforcer e');
    expect(rows.length).toBe(4);
    for (const { json } of rows) expect(json).not.toMatch(/11010519491231002X|440524188001010014|440882198503293017/);
    const byIdNo = await graphqlRequest(url, '{ enforcers(filter: { idNo: "11010519491231002X" }) { nodes { certNo } } }');
    expect(byIdNo.data!.enforcers.nodes).toEqual([{ certNo: 'ZJ-T-0001' }]);
  });

  test.each([
    [{ idNo: '110105194912310021' }, 'INVALID_ID_NUMBER', 'idNo'],
    [{ certNo: 'ABC' }, 'INVALID_CERT_NO', 'certNo'],
    [{ certValidFrom: '2026-01-01', certValidTo: '2025-12-31' }, 'DATE_ORDER', 'certValidTo'],
    [{ orgUscc: '91330100716105852G' }, 'INVALID_USCC', 'orgUscc'],
    [{ adCode: '999999' }, 'INVALID_AD_CODE', 'adCode'],
  ])('refuses %j with %s', async (change, code, field) => {
    const { errors } = await graphqlRequest(url, CREATE_ENFORCER, { input: { ...enforcerInput('ZJ-T-BAD', '11010519491231002X'), ...change } });
    expect(problemOf(errors)).toMatchObject({ code, field });
  });

  test('certificate numbers are unique', async () => {
    const { errors } = await graphqlRequest(url, CREATE_ENFORCER, { input: enforcerInput('ZJ-T-0001', '11010519491231002X') });
    expect(problemOf(errors)).toMatchObject({ code: 'DUPLICATE_CERT_NO', field: 'certNo' });
  });

  test('filters by validity date and status', async () => {
    const { data } = await graphqlRequest(url, '{ enforcers(filter: { validOn: "2025-06-01", status: [active] }, orderBy: { field: name }) { totalCount nodes { certNo } } }');
    expect(data.enforcers.nodes.map((n: any) => n.certNo).sort()).toEqual(['ZJ-T-0001', 'ZJ-T-0002']);
  });
});

describe('inspections (§12 vectors)', () => {
  test('a valid inspection is accepted; the first inspector leads', async () => {
    const { data, errors } = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-OK-1', ['ZJ-T-0002', 'ZJ-T-0001']) });
    expect(errors).toBeUndefined();
    expect(data.createInspection.inspectors).toEqual([
      { name: '测试执法员', certNo: 'ZJ-T-0002', isLeader: true, enforcer: { id: expect.any(String), certNo: 'ZJ-T-0002' } },
      { name: '测试执法员', certNo: 'ZJ-T-0001', isLeader: false, enforcer: { id: expect.any(String), certNo: 'ZJ-T-0001' } },
    ]);
  });

  test.each([
    ['one inspector', { inspectors: [{ certNo: 'ZJ-T-0001' }] }, 'INSPECTORS_TOO_FEW', 'inspectors'],
    ['reported before the check', { reportedAt: '2025-02-27T10:00:00+08:00' }, 'DATE_ORDER', 'reportedAt'],
    ['expired certificate', { inspectors: [{ certNo: 'ZJ-T-0001' }, { certNo: 'ZJ-T-EXPIRED' }] }, 'INSPECTOR_CERT_INVALID', 'inspectors[1].certNo'],
    ['suspended enforcer', { inspectors: [{ certNo: 'ZJ-T-SUSPENDED' }, { certNo: 'ZJ-T-0001' }] }, 'INSPECTOR_CERT_INVALID', 'inspectors[0].certNo'],
    ['unknown certificate', { inspectors: [{ certNo: 'ZJ-T-0001' }, { certNo: 'ZJ-NOBODY' }] }, 'INSPECTOR_CERT_INVALID', 'inspectors[1].certNo'],
    ['13-digit item code', { itemCode: '1234567890123' }, 'INVALID_ITEM_CODE', 'itemCode'],
    ['item code with a letter', { itemCode: '1234567890123A' }, 'INVALID_ITEM_CODE', 'itemCode'],
    ['implementation level 6', { implListCode: '91330100716105852F600001' }, 'INVALID_IMPL_LIST_CODE', 'implListCode'],
    ['bad USCC of the party', { partyCertNo: '91330100716105852G' }, 'INVALID_USCC', 'partyCertNo'],
    ['bad ID number of the party', { partyCertType: '111', partyCertNo: '110105194912310021' }, 'INVALID_ID_NUMBER', 'partyCertNo'],
    ['unknown division', { adCode: '999999' }, 'INVALID_AD_CODE', 'adCode'],
  ])('%s is refused', async (_label, change, code, field) => {
    const { data, errors } = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-BAD', ['ZJ-T-0001', 'ZJ-T-0002'], change) });
    expect(data?.createInspection ?? null).toBeNull();
    expect(problemOf(errors)).toMatchObject({ code, field });
  });

  test('a reported time on the check day itself is after the check date', async () => {
    const { errors } = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-SAMEDAY', ['ZJ-T-0001', 'ZJ-T-0002'], { reportedAt: '2025-03-01T17:00:00+08:00' }) });
    expect(errors).toBeUndefined();
  });

  test('action codes are unique per organisation', async () => {
    const again = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-BASE-1', ['ZJ-T-0001', 'ZJ-T-0002']) });
    expect(problemOf(again.errors)).toMatchObject({ code: 'DUPLICATE_ACTION_CODE', field: 'actionCode' });
    const otherOrg = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-BASE-1', ['ZJ-T-0001', 'ZJ-T-0002'], { orgCode: 'OTHERORG' }) });
    expect(otherOrg.errors).toBeUndefined();
  });

  test('update replaces the inspectors and needs the current version', async () => {
    const created = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-UPD', ['ZJ-T-0001', 'ZJ-T-0002']) });
    const { id } = created.data.createInspection;
    const UPDATE = 'mutation($id: ID!, $input: UpdateInspectionInput!) { updateInspection(id: $id, input: $input) { version result inspectors { certNo isLeader } } }';
    const input = { ...inspectionInput('JC-UPD', ['ZJ-T-0001', 'ZJ-T-0002'], { result: '发现问题已责令改正' }), expectedVersion: 1 };
    input.inspectors = [{ certNo: 'ZJ-T-0001' }, { certNo: 'ZJ-T-0002', isLeader: true }] as never;
    const ok = await graphqlRequest(url, UPDATE, { id, input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateInspection).toEqual({ version: 2, result: '发现问题已责令改正', inspectors: [{ certNo: 'ZJ-T-0001', isLeader: false }, { certNo: 'ZJ-T-0002', isLeader: true }] });
    const stale = await graphqlRequest(url, UPDATE, { id, input });
    expect(problemOf(stale.errors)).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
  });
});

describe('penalties and coercions', () => {
  test('a valid penalty is accepted, copies the party and links both ways', async () => {
    const { data, errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput(inspectionId, '杭市监罚〔2025〕T1号') });
    expect(errors).toBeUndefined();
    expect(data.createPenalty).toMatchObject({ partyName: '杭州测试科技有限公司', orgCode: 'TESTORG', inspection: { id: inspectionId } });
    const byNo = await graphqlRequest(url, 'query($n: String!) { penaltyByDecisionNo(decisionNo: $n) { fineYuan closing { date } } }', { n: '杭市监罚〔2025〕T1号' });
    expect(byNo.data!.penaltyByDecisionNo).toEqual({ fineYuan: 5000, closing: { date: '2025-04-10' } });
    const back = await graphqlRequest(url, 'query($id: ID!) { inspection(id: $id) { penalties { decisionNo } } }', { id: inspectionId });
    expect(back.data!.inspection.penalties).toEqual([{ decisionNo: '杭市监罚〔2025〕T1号' }]);
  });

  test.each([
    ['closing before filing', { filedAt: '2025-03-05', closing: { noPenalty: false, date: '2025-03-01' } }, 'DATE_ORDER', 'closing.date'],
    ['reported before closing', { reportedAt: '2025-04-09T10:00:00+08:00' }, 'DATE_ORDER', 'reportedAt'],
    ['decision before the inspection', { filedAt: null, decisionDate: '2025-02-01' }, 'DATE_ORDER', 'decisionDate'],
    ['unknown penalty type', { penaltyTypes: ['01', '15'] }, 'INVALID_PENALTY_TYPE', 'penaltyTypes'],
    ['negative fine', { fineYuan: -1 }, 'INVALID_AMOUNT', 'fineYuan'],
    ['facts over 400 characters', { illegalFacts: '违'.repeat(401) }, 'TOO_LONG', 'illegalFacts'],
  ])('%s is refused', async (_label, change, code, field) => {
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput(inspectionId, '杭市监罚〔2025〕BAD号', change) });
    expect(problemOf(errors)).toMatchObject({ code, field });
  });

  test('a penalty without a registered inspection is refused', async () => {
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput('00000000-0000-4000-8000-000000000000', '杭市监罚〔2025〕T9号') });
    expect(problemOf(errors)).toMatchObject({ code: 'INSPECTION_NOT_FOUND', field: 'inspectionId' });
  });

  test('decision numbers are unique', async () => {
    await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput(inspectionId, '杭市监罚〔2025〕T2号') });
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput(inspectionId, '杭市监罚〔2025〕T2号') });
    expect(problemOf(errors)).toMatchObject({ code: 'DUPLICATE_DECISION_NO', field: 'decisionNo' });
  });

  test('coercions need an inspection and ordered dates', async () => {
    const input = {
      inspectionId, actionCode: 'QZ-T-1', actionName: '查封场所', decisionNo: '杭市监强〔2025〕1号', kind: '强制措施',
      measureType: '查封场所、设施或者财物', basis: '《行政强制法》第九条', facts: '涉嫌违法生产经营', start: '2025-03-02', end: '2025-04-01',
    };
    const ok = await graphqlRequest(url, CREATE_COERCION, { input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCoercion).toMatchObject({ kind: '强制措施', itemCode: '12345678901234', inspection: { id: inspectionId } });
    const reversed = await graphqlRequest(url, CREATE_COERCION, { input: { ...input, end: '2025-03-01' } });
    expect(problemOf(reversed.errors)).toMatchObject({ code: 'DATE_ORDER', field: 'end' });
    const orphan = await graphqlRequest(url, CREATE_COERCION, { input: { ...input, inspectionId: '00000000-0000-4000-8000-000000000000' } });
    expect(problemOf(orphan.errors)).toMatchObject({ code: 'INSPECTION_NOT_FOUND', field: 'inspectionId' });
  });

  test('other actions are recorded with or without an inspection', async () => {
    const CREATE = 'mutation($input: OtherActionInput!) { createOtherAction(input: $input) { id actionName inspection { id } } }';
    const input = {
      actionCode: 'QT-T-1', actionName: '约谈告诫', itemCode: '12345678901234', source: '日常检查', measure: '约谈', closing: '已整改完毕',
      start: '2025-03-03', end: '2025-03-10', partyName: '杭州测试科技有限公司', partyCertType: '001', partyCertNo: '91330100716105852F',
      adCode: '330106', orgName: '杭州市市场监督管理局', orgCode: 'TESTORG',
    };
    const linked = await graphqlRequest(url, CREATE, { input: { ...input, inspectionId } });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.createOtherAction.inspection).toEqual({ id: inspectionId });
    const alone = await graphqlRequest(url, CREATE, { input: { ...input, actionCode: 'QT-T-2' } });
    expect(alone.data!.createOtherAction.inspection).toBeNull();
    const list = await graphqlRequest(url, '{ otherActions(filter: { orgCode: "TESTORG" }) { totalCount } }');
    expect(list.data!.otherActions.totalCount).toBe(2);
  });
});
