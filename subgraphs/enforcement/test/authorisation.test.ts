import { cityUser, createFrame, subjectAt } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { HubUser, isCitizenId, maskCertNo, maskCitizenId, maskName, PUBLIC_USER, queryCounter, SYSTEM_USER } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import enforcement from '../src';
import { CREATE_COERCION, CREATE_ENFORCER, CREATE_INSPECTION, CREATE_PENALTY, enforcerInput, inspectionInput, penaltyInput } from './fixtures';

// The authorisation matrix of the enforcement library (issue 3): for every role, every root query and
// every entity type, exactly which records come back. The expected sets are computed here from the rows
// in the database and the rule of the role, independently of the library's code.

const SCALE = 0.02;
const COUNTY = '330102';
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });

const USERS = {
  public: PUBLIC_USER,
  scjgStaff: cityUser(frame, 'staff', 'SCJG') as HubUser,
  countyStaff: cityUser(frame, 'staff', 'SCJG', COUNTY) as HubUser,
  sthjStaff: cityUser(frame, 'staff', 'STHJ') as HubUser,
  leader: cityUser(frame, 'leader', 'SCJG') as HubUser,
  cityAdmin: cityUser(frame, 'city_admin', null) as HubUser,
  auditor: cityUser(frame, 'auditor', null) as HubUser,
  system: SYSTEM_USER,
};
type RoleName = keyof typeof USERS;
const ROLE_NAMES = Object.keys(USERS) as RoleName[];

/** The role → visibility table under test (see src/policy.ts). */
type Visibility = 'none' | 'all' | { prefix: string; orgs?: string[] };
const VISIBILITY: Record<RoleName, Visibility> = {
  public: 'none',
  scjgStaff: { prefix: '3301', orgs: USERS.scjgStaff.orgs },
  countyStaff: { prefix: COUNTY, orgs: USERS.countyStaff.orgs },
  sthjStaff: { prefix: '3301', orgs: USERS.sthjStaff.orgs },
  leader: { prefix: '3301' },
  cityAdmin: { prefix: '3301' },
  auditor: 'all',
  system: 'all',
};
const sees = (v: Visibility, org: string, ad: string) => v === 'all' || (v !== 'none' && ad.startsWith(v.prefix) && (!v.orgs || v.orgs.includes(org)));

const TYPES = {
  Inspection: { table: 'inspection', orgColumn: 'org_code', orgField: 'orgCode', list: 'inspections', byId: 'inspection' },
  Penalty: { table: 'penalty', orgColumn: 'org_code', orgField: 'orgCode', list: 'penalties', byId: 'penalty' },
  Coercion: { table: 'coercion', orgColumn: 'org_code', orgField: 'orgCode', list: 'coercions', byId: 'coercion' },
  OtherAction: { table: 'other_action', orgColumn: 'org_code', orgField: 'orgCode', list: 'otherActions', byId: 'otherAction' },
  Enforcer: { table: 'enforcer', orgColumn: 'org_uscc', orgField: 'orgUscc', list: 'enforcers', byId: 'enforcer' },
} as const;
type TypeName = keyof typeof TYPES;
const TYPE_NAMES = Object.keys(TYPES) as TypeName[];

let hub: TestHub;
let url: string;
const sql = async <T = any>(query: string, params: unknown[] = []) =>
  (await hub.subgraphs.enforcement.orm.em.fork().getConnection().execute(query, params)) as T[];
const as = async (role: RoleName, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(url, query, variables, await asUser(USERS[role]));
const codeOf = (errors: any[] | undefined) => errors?.[0]?.extensions;

interface Row { id: string; org: string; ad: string }
const rowsOf = (type: TypeName) =>
  sql<Row>(`select id, ${TYPES[type].orgColumn} as org, ad_code as ad from enforcement.${TYPES[type].table} where data_status = 'normal'`);
const expectedIds = async (role: RoleName, type: TypeName) =>
  new Set((await rowsOf(type)).filter((r) => sees(VISIBILITY[role], r.org, r.ad)).map((r) => r.id));

/** What a county staff member registered in beforeAll: their own inspection (natural-person party), coercion, other action. */
const own = { inspectionId: '', coercionId: '', otherActionId: '' };
const NATURAL_ID = '11010519491231002X';
let scjgEnforcers: string[] = [];
let scjgItem: { item_code: string; impl_list_code: string };

beforeAll(async () => {
  hub = await startTestSubgraphs([enforcement], { seedScale: SCALE });
  url = hub.subgraphs.enforcement.url;
  scjgEnforcers = (await sql<{ cert_no: string }>(`select cert_no from enforcement.enforcer where org_uscc in (?) and status = 'active'
    and cert_valid_from <= '2025-03-01' and cert_valid_to >= '2025-03-01' order by cert_no limit 2`, [USERS.scjgStaff.orgs])).map((r) => r.cert_no);
  [scjgItem] = await sql(`select item_code, impl_list_code from enforcement.inspection where org_code in (?) order by id limit 1`, [USERS.scjgStaff.orgs]);
  const input = countyInspection('JC-COUNTY-1');
  const created = await as('countyStaff', CREATE_INSPECTION, { input });
  expect(created.errors).toBeUndefined();
  own.inspectionId = created.data.createInspection.id;
  const coercion = await as('countyStaff', CREATE_COERCION, { input: {
    inspectionId: own.inspectionId, actionCode: 'QZ-COUNTY-1', actionName: '查封场所', decisionNo: '上城市监强〔2025〕1号', kind: '强制措施',
    basis: '《行政强制法》第九条', facts: '涉嫌违法生产经营', start: '2025-03-02', end: '2025-04-01',
  } });
  expect(coercion.errors).toBeUndefined();
  own.coercionId = coercion.data.createCoercion.id;
  const other = await as('countyStaff', CREATE_OTHER_ACTION, { input: countyOtherAction('QT-COUNTY-1') });
  expect(other.errors).toBeUndefined();
  own.otherActionId = other.data.createOtherAction.id;
});
afterAll(() => hub?.stop());

const countyInspection = (actionCode: string, extra: Record<string, unknown> = {}) => inspectionInput(actionCode, scjgEnforcers, {
  itemCode: scjgItem.item_code, implListCode: scjgItem.impl_list_code, orgCode: USERS.countyStaff.orgs[0], adCode: COUNTY,
  partyName: '王小明', partyNature: '自然人', partyCertType: '111', partyCertNo: NATURAL_ID, objectType: '2', ...extra,
});
const countyOtherAction = (actionCode: string, extra: Record<string, unknown> = {}) => ({
  actionCode, actionName: '约谈告诫', itemCode: scjgItem.item_code, start: '2025-03-03', partyName: '杭州测试科技有限公司', partyCertType: '001',
  partyCertNo: '91330100716105852F', adCode: COUNTY, orgName: '杭州市市场监督管理局上城区分局', orgCode: USERS.countyStaff.orgs[0], ...extra,
});
const CREATE_OTHER_ACTION = 'mutation($input: OtherActionInput!) { createOtherAction(input: $input) { id } }';

/** Every node of a root list, page after page, with its totalCount. */
async function listAll(role: RoleName, type: TypeName) {
  const { list, orgField } = TYPES[type];
  const nodes: { id: string; org: string; adCode: string }[] = [];
  let after: string | null = null;
  let totalCount = -1;
  do {
    const page: any = await as(role, `query($after: String) { ${list}(page: { first: 500, after: $after }) {
      totalCount nodes { id org: ${orgField} adCode } pageInfo { hasNextPage endCursor } } }`, { after });
    expect(page.errors).toBeUndefined();
    totalCount = page.data[list].totalCount;
    nodes.push(...page.data[list].nodes);
    after = page.data[list].pageInfo.hasNextPage ? page.data[list].pageInfo.endCursor : null;
  } while (after);
  return { nodes, totalCount };
}

describe('root lists: exactly the records of the role', () => {
  test.each(ROLE_NAMES.flatMap((role) => TYPE_NAMES.map((type) => [role, type] as const)))('%s lists %s', async (role, type) => {
    const expected = await expectedIds(role, type);
    const { nodes, totalCount } = await listAll(role, type);
    const v = VISIBILITY[role];
    if (v !== 'all' && v !== 'none') {
      for (const n of nodes) {
        expect(n.adCode.startsWith(v.prefix)).toBe(true);
        if (v.orgs) expect(v.orgs).toContain(n.org);
      }
    }
    if (v !== 'none') expect(expected.size).toBeGreaterThan(0); // so that the checks above cannot pass on an empty list
    expect(new Set(nodes.map((n) => n.id))).toEqual(expected);
    expect(nodes).toHaveLength(expected.size);
    expect(totalCount).toBe(expected.size);
  });

  test('the public gets empty lists without an error', async () => {
    const { data, errors } = await as('public', '{ inspections { totalCount nodes { id } } penalties { totalCount } enforcers { totalCount } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ inspections: { totalCount: 0, nodes: [] }, penalties: { totalCount: 0 }, enforcers: { totalCount: 0 } });
  });

  test('filters narrow inside the scope, never widen it', async () => {
    const sthjOrg = USERS.sthjStaff.orgs[0];
    const { data } = await as('scjgStaff', 'query($o: String) { inspections(filter: { orgCode: $o }) { totalCount } }', { o: sthjOrg });
    expect(data.inspections.totalCount).toBe(0);
    const { data: wide } = await as('countyStaff', '{ inspections(filter: { adCodePrefix: "33" }, page: { first: 500 }) { nodes { adCode } } }');
    expect(wide.inspections.nodes.length).toBeGreaterThan(0);
    for (const n of wide.inspections.nodes) expect(n.adCode.startsWith(COUNTY)).toBe(true);
  });
});

describe('by-key queries: null outside the scope', () => {
  test.each(ROLE_NAMES.flatMap((role) => TYPE_NAMES.map((type) => [role, type] as const)))('%s reads %s by id', async (role, type) => {
    const rows = await rowsOf(type);
    const inside = rows.find((r) => sees(VISIBILITY[role], r.org, r.ad));
    const outside = rows.find((r) => !sees(VISIBILITY[role], r.org, r.ad));
    const { byId } = TYPES[type];
    const { data, errors } = await as(role, `query($in: ID!, $out: ID!) { in: ${byId}(id: $in) { id } out: ${byId}(id: $out) { id } }`,
      { in: (inside ?? rows[0]).id, out: (outside ?? rows[0]).id });
    expect(errors).toBeUndefined();
    expect(data.in).toEqual(inside ? { id: inside.id } : null);
    expect(data.out).toEqual(outside ? null : { id: rows[0].id });
  });

  test.each(ROLE_NAMES)('%s: penaltyByDecisionNo and enforcerByCertNo follow the same rule', async (role) => {
    const penalties = await sql<Row & { no: string }>(`select id, org_code as org, ad_code as ad, decision_no as no from enforcement.penalty`);
    const enforcers = await sql<Row & { no: string }>(`select id, org_uscc as org, ad_code as ad, cert_no as no from enforcement.enforcer`);
    for (const [rows, query] of [[penalties, 'penaltyByDecisionNo(decisionNo: $no)'], [enforcers, 'enforcerByCertNo(certNo: $no)']] as const) {
      const picks = [rows.find((r) => sees(VISIBILITY[role], r.org, r.ad)), rows.find((r) => !sees(VISIBILITY[role], r.org, r.ad))].filter(Boolean) as (Row & { no: string })[];
      for (const r of picks) {
        const { data } = await as(role, `query($no: String!) { x: ${query} { id } }`, { no: r.no });
        expect(data.x).toEqual(sees(VISIBILITY[role], r.org, r.ad) ? { id: r.id } : null);
      }
    }
  });
});

describe('_entities straight to the subgraph: no leaks', () => {
  test.each(ROLE_NAMES.flatMap((role) => TYPE_NAMES.map((type) => [role, type] as const)))('%s resolves %s references', async (role, type) => {
    const rows = await rowsOf(type);
    const { data, errors } = await as(role, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id } } }`,
      { r: rows.map((r) => ({ __typename: type, id: r.id })) });
    expect(errors).toBeUndefined();
    const got = new Set(data._entities.filter(Boolean).map((e: any) => e.id));
    expect(got).toEqual(new Set(rows.filter((r) => sees(VISIBILITY[role], r.org, r.ad)).map((r) => r.id)));
  });

  test.each(ROLE_NAMES)('%s resolves enforcers by certificate number only within scope', async (role) => {
    const rows = await sql<Row & { cert_no: string }>('select id, org_uscc as org, ad_code as ad, cert_no from enforcement.enforcer');
    const { data } = await as(role, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Enforcer { id } } }',
      { r: rows.map((r) => ({ __typename: 'Enforcer', certNo: r.cert_no })) });
    rows.forEach((r, i) => expect(data._entities[i]).toEqual(sees(VISIBILITY[role], r.org, r.ad) ? { id: r.id } : null));
  });

  const SUBJECT_FIELDS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
    id inspectionCount inspections(first: 100) { id orgCode adCode } penalties(first: 100) { id } coercions(first: 100) { id } } } }`;
  const subjects = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Subject', id: subjectAt(frame, i).id }));

  test.each(ROLE_NAMES)("%s sees only its records under a subject", async (role) => {
    const { data, errors } = await as(role, SUBJECT_FIELDS, { r: subjects(frame.subjectCount) });
    expect(errors).toBeUndefined();
    if (VISIBILITY[role] === 'none') {
      for (const s of data._entities) expect(s).toEqual({ id: s.id, inspectionCount: null, inspections: null, penalties: null, coercions: null });
      return;
    }
    const inspections = await sql<Row & { subject_id: string }>(`select id, org_code as org, ad_code as ad, subject_id from enforcement.inspection where data_status = 'normal'`);
    const [penalties, coercions] = [await expectedIds(role, 'Penalty'), await expectedIds(role, 'Coercion')];
    let seen = 0;
    for (const s of data._entities) {
      const mine = inspections.filter((i) => i.subject_id === s.id && sees(VISIBILITY[role], i.org, i.ad));
      expect(s.inspectionCount).toBe(mine.length);
      expect(new Set(s.inspections.map((i: any) => i.id))).toEqual(new Set(mine.map((i) => i.id)));
      for (const p of s.penalties) expect(penalties.has(p.id)).toBe(true);
      for (const c of s.coercions) expect(coercions.has(c.id)).toBe(true);
      seen += mine.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('a staff member\'s subject fields cost as many statements for 100 subjects as for 10', async () => {
    const statementsFor = async (n: number) => {
      queryCounter.reset();
      const { errors } = await as('countyStaff', SUBJECT_FIELDS, { r: subjects(n) });
      expect(errors).toBeUndefined();
      return queryCounter.count;
    };
    const ten = await statementsFor(10);
    expect(await statementsFor(100)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(5);
  });
});

describe('record fields follow the rule of the record they return', () => {
  test.each(['countyStaff', 'sthjStaff', 'leader', 'auditor'] as RoleName[])('%s: penalties, coercions and inspectors\' enforcers of inspections', async (role) => {
    const [penalties, coercions, enforcers] = await Promise.all([expectedIds(role, 'Penalty'), expectedIds(role, 'Coercion'), expectedIds(role, 'Enforcer')]);
    const { data, errors } = await as(role, `{ inspections(page: { first: 500 }) { nodes {
      penalties { id inspection { id } } coercions { id } inspectors { certNo enforcer { id } } } } }`);
    expect(errors).toBeUndefined();
    let assignments = 0;
    for (const i of data.inspections.nodes) {
      for (const p of i.penalties) expect(penalties.has(p.id)).toBe(true);
      for (const c of i.coercions) expect(coercions.has(c.id)).toBe(true);
      for (const x of i.inspectors) {
        assignments++;
        if (x.enforcer) expect(enforcers.has(x.enforcer.id)).toBe(true);
      }
    }
    expect(assignments).toBeGreaterThan(0);
    if (role === 'auditor') expect(data.inspections.nodes.flatMap((i: any) => i.inspectors).every((x: any) => x.enforcer)).toBe(true);
  });

  test('a penalty and its inspection resolve only for a reader of the penalty', async () => {
    const [p] = await sql(`select id, inspection_id from enforcement.penalty where org_code in (?) limit 1`, [USERS.scjgStaff.orgs]);
    const Q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Penalty { id inspection { id } } } }';
    const mine = await as('scjgStaff', Q, { r: [{ __typename: 'Penalty', id: p.id }] });
    expect(mine.data._entities).toEqual([{ id: p.id, inspection: { id: p.inspection_id } }]);
    const other = await as('sthjStaff', Q, { r: [{ __typename: 'Penalty', id: p.id }] });
    expect(other.data._entities).toEqual([null]);
  });
});

describe('public: 双随机 results only, nothing personal', () => {
  const RESULTS = `query($f: RandomInspectionFilter, $first: Int, $after: String) { randomInspectionResults(filter: $f, first: $first, after: $after) {
    totalCount hasNextPage endCursor nodes { id planId itemCode orgCode orgName partyName partyCertNo adCode checkForm checkDate result } } }`;

  test.each(ROLE_NAMES)('%s reads every random inspection result, page after page', async (role) => {
    const random = await sql<{ id: string; party_cert_no: string; party_name: string; party_cert_type: string }>(
      `select id, party_cert_no, party_name, party_cert_type from enforcement.inspection where check_category = '双随机' and data_status = 'normal'`);
    expect(random.length).toBeGreaterThan(0);
    const byId = new Map(random.map((r) => [r.id, r]));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await as(role, RESULTS, { first: 150, after });
      expect(page.errors).toBeUndefined();
      expect(page.data.randomInspectionResults.totalCount).toBe(random.length);
      for (const n of page.data.randomInspectionResults.nodes) {
        const row = byId.get(n.id)!;
        expect(row).toBeDefined();
        expect(n.partyCertNo).toBe(maskCertNo(row.party_cert_no));
        expect(isCitizenId(n.partyCertNo)).toBe(false);
        expect(n.partyName).toBe(row.party_cert_type === '111' ? maskName(row.party_name) : row.party_name);
      }
      seen.push(...page.data.randomInspectionResults.nodes.map((n: any) => n.id));
      after = page.data.randomInspectionResults.hasNextPage ? page.data.randomInspectionResults.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(random.length);
    expect(new Set(seen)).toEqual(new Set(byId.keys()));
  });

  test('natural persons appear masked, and filters narrow the results', async () => {
    const [natural] = await sql(`select id, party_cert_no, item_code, ad_code, check_date from enforcement.inspection where check_category = '双随机' and party_cert_type = '111' limit 1`);
    expect(natural).toBeDefined();
    const { data, errors } = await as('public', RESULTS, { f: { itemCode: natural.item_code, adCodePrefix: natural.ad_code, dateFrom: natural.check_date, dateTo: natural.check_date }, first: 500 });
    expect(errors).toBeUndefined();
    const node = data.randomInspectionResults.nodes.find((n: any) => n.id === natural.id);
    expect(node.partyCertNo).toBe(maskCitizenId(natural.party_cert_no));
    for (const n of data.randomInspectionResults.nodes) {
      expect(n).toMatchObject({ itemCode: natural.item_code, checkDate: natural.check_date });
      expect(n.adCode.startsWith(natural.ad_code)).toBe(true);
    }
    const [{ n }] = await sql(`select count(*)::int as n from enforcement.inspection where check_category = '双随机' and item_code = ? and ad_code like ? and check_date = ?`,
      [natural.item_code, `${natural.ad_code}%`, natural.check_date]);
    expect(data.randomInspectionResults.totalCount).toBe(n);
  });

  test('the public view has no inspector and no way to reveal', async () => {
    const { data } = await as('public', '{ __type(name: "RandomInspectionResult") { fields { name args { name } } } }');
    const fields = data.__type.fields;
    expect(fields.map((f: any) => f.name)).not.toEqual(expect.arrayContaining(['inspectors']));
    expect(fields.map((f: any) => f.name).filter((n: string) => /inspector|reported|address/i.test(n))).toEqual([]);
    for (const f of fields) expect(f.args).toEqual([]);
    const { errors } = await as('public', '{ randomInspectionResults { nodes { partyCertNo(reveal: true, reason: "x") } } }');
    expect(codeOf(errors)?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the public schema elements are tagged public; records are not', async () => {
    const { data } = await as('system', '{ _service { sdl } }');
    const sdl: string = data._service.sdl;
    for (const name of ['type RandomInspectionResult', 'type RandomInspectionResultPage', 'input RandomInspectionFilter']) {
      expect(sdl).toMatch(new RegExp(`${name}\\b[^{]*@tag\\(name: "public"\\)`));
    }
    expect(sdl).toMatch(/randomInspectionResults\([^)]*\)[^\n]*@tag\(name: "public"\)/s);
    for (const name of ['type Inspection', 'type Penalty', 'type Coercion', 'type OtherAction', 'type Enforcer']) {
      expect(sdl).not.toMatch(new RegExp(`${name}\\b[^{]*@tag`));
    }
    expect(sdl).not.toMatch(/partyCertNo\([^)]*\)[^\n]*@tag/);
  });
});

describe('writes: own department, own region; nobody else', () => {
  test('the county staff member\'s records carry the department and are audited', async () => {
    const [row] = await sql('select source_dept, org_code, ad_code from enforcement.inspection where id = ?', [own.inspectionId]);
    expect(row).toEqual({ source_dept: 'SCJG', org_code: USERS.countyStaff.orgs[0], ad_code: COUNTY });
    const audit = await sql(`select actor_id, role, dept, operation, entity_type, entity_ids from audit.audit_log where ? = any(entity_ids)`, [own.inspectionId]);
    expect(audit).toContainEqual(expect.objectContaining({
      actor_id: USERS.countyStaff.id, role: 'staff', dept: 'SCJG', operation: 'create:createInspection', entity_type: 'Inspection', entity_ids: [own.inspectionId],
    }));
  });

  test('staff creating for another department\'s organ: FORBIDDEN on orgCode', async () => {
    const { data, errors } = await as('scjgStaff', CREATE_INSPECTION, { input: countyInspection('JC-X-1', { orgCode: USERS.sthjStaff.orgs[0] }) });
    expect(data?.createInspection ?? null).toBeNull();
    expect(codeOf(errors)).toMatchObject({ code: 'FORBIDDEN', field: 'orgCode' });
    const other = await as('scjgStaff', CREATE_OTHER_ACTION, { input: countyOtherAction('QT-X-1', { orgCode: USERS.sthjStaff.orgs[0] }) });
    expect(codeOf(other.errors)).toMatchObject({ code: 'FORBIDDEN', field: 'orgCode' });
    const enforcer = await as('sthjStaff', CREATE_ENFORCER, { input: enforcerInput('ZJ-X-0001', NATURAL_ID, { orgUscc: USERS.scjgStaff.orgs[0] }) });
    expect(codeOf(enforcer.errors)).toMatchObject({ code: 'FORBIDDEN', field: 'orgUscc' });
  });

  test('county staff creating outside their county: FORBIDDEN on adCode', async () => {
    const { errors } = await as('countyStaff', CREATE_INSPECTION, { input: countyInspection('JC-X-2', { adCode: '330106' }) });
    expect(codeOf(errors)).toMatchObject({ code: 'FORBIDDEN', field: 'adCode' });
    const enforcer = await as('countyStaff', CREATE_ENFORCER, { input: enforcerInput('ZJ-X-0002', NATURAL_ID, { orgUscc: USERS.countyStaff.orgs[0], adCode: '330106' }) });
    expect(codeOf(enforcer.errors)).toMatchObject({ code: 'FORBIDDEN', field: 'adCode' });
  });

  test('follow-up records take the inspection\'s organ: another department\'s inspection is refused', async () => {
    const [sthj] = await sql(`select id from enforcement.inspection where org_code in (?) limit 1`, [USERS.sthjStaff.orgs]);
    // A leader reads it (whole region) but may not write for STHJ; a SCJG staff member does not even see it.
    const asLeader = await as('leader', CREATE_PENALTY, { input: penaltyInput(sthj.id, '杭环罚〔2025〕X1号', { decisionDate: '2026-10-01', filedAt: null, closing: null, reportedAt: null }) });
    expect(codeOf(asLeader.errors)).toMatchObject({ code: 'FORBIDDEN', field: 'inspectionId' });
    const asStaff = await as('scjgStaff', CREATE_COERCION, { input: {
      inspectionId: sthj.id, actionCode: 'QZ-X-1', actionName: '查封', decisionNo: 'X', kind: '强制措施', basis: 'x', facts: 'x', start: '2026-10-01',
    } });
    expect(codeOf(asStaff.errors)).toMatchObject({ code: 'INSPECTION_NOT_FOUND', field: 'inspectionId' });
  });

  test('updates need the stored record in write scope', async () => {
    const [sthj] = await sql(`select id, version from enforcement.inspection where org_code in (?) limit 1`, [USERS.sthjStaff.orgs]);
    const UPDATE = 'mutation($id: ID!, $input: UpdateInspectionInput!) { updateInspection(id: $id, input: $input) { id } }';
    const input = { ...countyInspection('JC-U-1'), expectedVersion: sthj.version };
    expect(codeOf((await as('leader', UPDATE, { id: sthj.id, input })).errors)).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(codeOf((await as('scjgStaff', UPDATE, { id: sthj.id, input })).errors)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // Moving one's own record to another department is a create-for-another-organ in disguise.
    const [mine] = await sql('select version from enforcement.inspection where id = ?', [own.inspectionId]);
    const moved = await as('countyStaff', UPDATE, { id: own.inspectionId, input: { ...countyInspection('JC-COUNTY-1', { orgCode: USERS.sthjStaff.orgs[0] }), expectedVersion: mine.version } });
    expect(codeOf(moved.errors)).toMatchObject({ code: 'FORBIDDEN', field: 'orgCode' });
  });

  const MUTATIONS: [string, string, () => Record<string, unknown>][] = [
    ['createInspection', CREATE_INSPECTION, () => ({ input: countyInspection('JC-R-1') })],
    ['updateInspection', 'mutation($id: ID!, $input: UpdateInspectionInput!) { updateInspection(id: $id, input: $input) { id } }',
      () => ({ id: own.inspectionId, input: { ...countyInspection('JC-COUNTY-1'), expectedVersion: 1 } })],
    ['createPenalty', CREATE_PENALTY, () => ({ input: penaltyInput(own.inspectionId, '上城市监罚〔2025〕R1号') })],
    ['updatePenalty', 'mutation($id: ID!, $input: UpdatePenaltyInput!) { updatePenalty(id: $id, input: $input) { id } }',
      () => ({ id: own.inspectionId, input: { ...penaltyInput(own.inspectionId, 'R2'), expectedVersion: 1 } })],
    ['createCoercion', CREATE_COERCION, () => ({ input: { inspectionId: own.inspectionId, actionCode: 'QZ-R-1', actionName: '查封', decisionNo: 'R', kind: '强制措施', basis: 'x', facts: 'x', start: '2025-03-02' } })],
    ['createOtherAction', CREATE_OTHER_ACTION, () => ({ input: countyOtherAction('QT-R-1') })],
    ['createEnforcer', CREATE_ENFORCER, () => ({ input: enforcerInput('ZJ-R-0001', NATURAL_ID, { orgUscc: USERS.countyStaff.orgs[0], adCode: COUNTY }) })],
    ['updateEnforcer', 'mutation($id: ID!, $input: UpdateEnforcerInput!) { updateEnforcer(id: $id, input: $input) { id } }',
      () => ({ id: own.inspectionId, input: { ...enforcerInput('ZJ-R-0002', NATURAL_ID, { orgUscc: USERS.countyStaff.orgs[0], adCode: COUNTY }), expectedVersion: 1 } })],
  ];
  test.each(MUTATIONS.flatMap(([name, query, vars]) => ([['auditor', 'FORBIDDEN'], ['cityAdmin', 'FORBIDDEN'], ['public', 'UNAUTHENTICATED']] as const)
    .map(([role, code]) => [role, name, code, query, vars] as const)))('%s calling %s gets %s', async (role, _name, code, query, vars) => {
    const before = await sql('select count(*)::int as n from audit.audit_log');
    const { data, errors } = await as(role, query, vars());
    expect(data ?? null).toBeNull();
    expect(codeOf(errors)?.code).toBe(code);
    expect(await sql('select count(*)::int as n from audit.audit_log')).toEqual(before);
  });
});

describe('personal data: masked by default, revealed with a reason, audited', () => {
  const Q = (args = '') => `query($id: ID!) { inspection(id: $id) { partyCertNo${args} } }`;

  test.each(['countyStaff', 'leader', 'auditor', 'cityAdmin'] as RoleName[])('%s sees a natural person\'s ID number masked', async (role) => {
    const { data, errors } = await as(role, Q(), { id: own.inspectionId });
    expect(errors).toBeUndefined();
    expect(data.inspection.partyCertNo).toBe(maskCitizenId(NATURAL_ID));
  });

  test('every list masks citizen IDs by default', async () => {
    for (const type of ['Inspection', 'Penalty', 'Coercion', 'OtherAction'] as const) {
      const { list, table } = { list: TYPES[type].list, table: TYPES[type].table };
      const { data, errors } = await as('auditor', `{ ${list}(page: { first: 500 }) { nodes { id partyCertNo } } }`);
      expect(errors).toBeUndefined();
      const stored = new Map((await sql<{ id: string; c: string }>(`select id, party_cert_no as c from enforcement.${table}`)).map((r) => [r.id, r.c]));
      for (const n of data[list].nodes) {
        expect(n.partyCertNo).toBe(maskCertNo(stored.get(n.id)!));
        expect(isCitizenId(n.partyCertNo)).toBe(false);
      }
    }
    const [{ n }] = await sql(`select count(*)::int as n from enforcement.inspection where party_cert_type = '111'`);
    expect(n).toBeGreaterThan(0);
  });

  test('reveal without a reason is refused', async () => {
    const { data, errors } = await as('countyStaff', Q('(reveal: true)'), { id: own.inspectionId });
    expect(data?.inspection ?? null).toBeNull();
    expect(codeOf(errors)).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });

  test('a city admin may not reveal', async () => {
    const { errors } = await as('cityAdmin', Q('(reveal: true, reason: "核对身份")'), { id: own.inspectionId });
    expect(codeOf(errors)?.code).toBe('FORBIDDEN');
  });

  test('reveal with a reason shows the number and writes an audit entry', async () => {
    const reason = '核实当事人身份以送达处罚决定书';
    const { data, errors } = await as('countyStaff', Q(`(reveal: true, reason: "${reason}")`), { id: own.inspectionId });
    expect(errors).toBeUndefined();
    expect(data.inspection.partyCertNo).toBe(NATURAL_ID);
    const rows = await sql(`select actor_id, role, operation, entity_type, entity_ids, fields, reason from audit.audit_log where operation = 'reveal' and reason = ?`, [reason]);
    expect(rows).toEqual([{
      actor_id: USERS.countyStaff.id, role: 'staff', operation: 'reveal', entity_type: 'Inspection', entity_ids: [own.inspectionId], fields: ['partyCertNo'], reason,
    }]);
  });

  test('an auditor reveals through _entities too, and is audited', async () => {
    const reason = '审计抽查';
    const { data } = await as('auditor', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Inspection { partyCertNo(reveal: true, reason: "${reason}") } } }`,
      { r: [{ __typename: 'Inspection', id: own.inspectionId }] });
    expect(data._entities).toEqual([{ partyCertNo: NATURAL_ID }]);
    const rows = await sql(`select actor_id, entity_ids from audit.audit_log where operation = 'reveal' and reason = ?`, [reason]);
    expect(rows).toEqual([{ actor_id: USERS.auditor.id, entity_ids: [own.inspectionId] }]);
  });

  test('enforcer ID numbers stay masked for everyone', async () => {
    const { data } = await as('auditor', '{ enforcers(page: { first: 500 }) { nodes { idNoMasked } } }');
    for (const n of data.enforcers.nodes) expect(n.idNoMasked).toMatch(/^\d{6}\*+[\dX]{4}$/);
  });
});
