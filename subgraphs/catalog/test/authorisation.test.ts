import { branchUscc, createFrame, DEPARTMENTS, cityRoles } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { HubUser, PUBLIC_USER, SYSTEM_USER } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '../src';
import { CREATE_ITEM, CREATE_LIST, itemChanges, itemInput, listFields, UPDATE_ITEM, UPDATE_LIST } from './catalogFixtures';

/**
 * Authorisation matrix of the catalogue (issue 3): the public reads the current, valid, normal catalogue;
 * every signed-in role reads all of it; only the owning department writes. Expected sets come from the rows
 * in the database, computed here independently of the library's code.
 */
const SCALE = 0.01;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
const SCJG = DEPARTMENTS.find((d) => d.code === 'SCJG')!;
const STHJ = DEPARTMENTS.find((d) => d.code === 'STHJ')!;
const SCJG_SHANGCHENG = branchUscc(SCJG, '330102');

const ROLES: Record<string, HubUser> = {
  public: PUBLIC_USER,
  ...(cityRoles(frame) as Record<string, HubUser>),
  system: SYSTEM_USER,
};
type RoleName = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

let hub: TestHub;
let url: string;
const as = async (role: RoleName, query: string, variables: Record<string, unknown> = {}) => graphqlRequest(url, query, variables, await asUser(ROLES[role]));
const sql = (query: string, params: unknown[] = []) => hub.subgraphs.catalog.orm.em.getConnection().execute<any[]>(query, params);
const errorOf = (result: { errors?: any[] }) => result.errors?.[0].extensions;

const REVISED = '33019911000001';
const INVALID = '33019911000002';

beforeAll(async () => {
  hub = await startTestSubgraphs([catalog], { seedScale: SCALE });
  url = hub.subgraphs.catalog.url;
  expect((await as('system', CREATE_ITEM, { input: itemInput(REVISED, { deptCode: 'SCJG', effectiveFrom: '2024-01-01' }) })).errors).toBeUndefined();
  expect((await as('system', UPDATE_ITEM, { code: REVISED, input: itemChanges({ deptCode: 'SCJG', name: '修订后的事项' }), v: 1, from: '2025-01-01' })).errors).toBeUndefined();
  expect((await as('system', CREATE_ITEM, { input: itemInput(INVALID, { deptCode: 'SCJG', status: 0 }) })).errors).toBeUndefined();
  // Records only signed-in users see: a revoked item, list and content, an invalid sub-item, a withdrawn claim.
  await sql(`update catalog.reg_item set data_status = 'revoked' where id = (select id from catalog.reg_item where source_dept = 'SEED' order by item_code limit 1)`);
  await sql(`update catalog.check_impl_list set data_status = 'revoked' where id = (select id from catalog.check_impl_list where source_dept = 'SEED' order by code desc limit 1)`);
  await sql(`update catalog.reg_sub_item set status = 0 where id = (select id from catalog.reg_sub_item where source_dept = 'SEED' order by sub_item_code desc limit 1)`);
  await sql(`update catalog.check_content set data_status = 'revoked' where id = (select id from catalog.check_content order by code desc limit 1)`);
  await sql(`update catalog.item_claim set status = 'withdrawn', withdrawn_at = now() where id = (select id from catalog.item_claim order by item_code desc limit 1)`);
}, 120_000);
afterAll(() => hub?.stop());

const isPublic = (role: RoleName) => role === 'public';
const sorted = (values: string[]) => [...values].sort();

/** Rows the role should see, by the rule written out in SQL (public: current, valid, normal). */
async function expectedRows(role: RoleName) {
  const pub = isPublic(role);
  const items = await sql(`select id, item_code from catalog.reg_item where is_current ${pub ? `and data_status = 'normal' and status = 1` : ''} order by item_code`);
  const lists = await sql(`select id, code, item_code from catalog.check_impl_list where is_current ${pub ? `and data_status = 'normal'` : ''} order by code`);
  const subItems = await sql(`select id, item_id from catalog.reg_sub_item ${pub ? `where data_status = 'normal' and status = 1` : ''}`);
  const contents = await sql(`select id, list_id from catalog.check_content ${pub ? `where data_status = 'normal'` : ''}`);
  const claims = await sql(`select item_code, dept_code from catalog.item_claim ${pub ? `where status = 'claimed'` : ''}`);
  return { items, lists, subItems, contents, claims };
}

describe.each(ROLE_NAMES)('catalogue as %s', (role) => {
  test('regItems and checkImplLists list exactly the visible records, with the right totals', async () => {
    const expected = await expectedRows(role);
    const { data, errors } = await as(role, '{ regItems(page: { first: 500 }) { totalCount nodes { id } } checkImplLists(page: { first: 500 }) { totalCount nodes { id } } }');
    expect(errors).toBeUndefined();
    expect(expected.items.length).toBeGreaterThan(0);
    expect(sorted(data.regItems.nodes.map((n: any) => n.id))).toEqual(sorted(expected.items.map((r) => r.id)));
    expect(data.regItems.totalCount).toBe(expected.items.length);
    expect(sorted(data.checkImplLists.nodes.map((n: any) => n.id))).toEqual(sorted(expected.lists.map((r) => r.id)));
    expect(data.checkImplLists.totalCount).toBe(expected.lists.length);
    const all = await sql('select count(*)::int n from catalog.reg_item where is_current');
    // The public misses exactly the revoked and the invalid item; everybody else sees every current item.
    expect(expected.items.length).toBe(all[0].n - (isPublic(role) ? 2 : 0));
  });

  test('nested sub-items, lists, contents and claims follow the same rule; claimants are hidden from the public', async () => {
    const expected = await expectedRows(role);
    const { data, errors } = await as(role, `{ regItems(page: { first: 500 }) { nodes { id itemCode subItems { id } implLists(first: 100) { code contents { id } }
      claims(includeWithdrawn: true) { deptCode claimedBy } } } }`);
    expect(errors).toBeUndefined();
    let subItems = 0;
    let contents = 0;
    let claims = 0;
    for (const item of data.regItems.nodes) {
      expect(sorted(item.subItems.map((s: any) => s.id))).toEqual(sorted(expected.subItems.filter((s) => s.item_id === item.id).map((s) => s.id)));
      expect(item.implLists.map((l: any) => l.code)).toEqual(expected.lists.filter((l) => l.item_code === item.itemCode).map((l) => l.code));
      for (const list of item.implLists) {
        const listId = expected.lists.find((l) => l.code === list.code)!.id;
        expect(sorted(list.contents.map((c: any) => c.id))).toEqual(sorted(expected.contents.filter((c) => c.list_id === listId).map((c) => c.id)));
        contents += list.contents.length;
      }
      expect(sorted(item.claims.map((c: any) => c.deptCode))).toEqual(sorted(expected.claims.filter((c) => c.item_code === item.itemCode).map((c) => c.dept_code)));
      for (const claim of item.claims) expect(claim.claimedBy).toBe(isPublic(role) ? null : '系统初始化');
      subItems += item.subItems.length;
      claims += item.claims.length;
    }
    expect(subItems * contents * claims).toBeGreaterThan(0);
  });

  test('_entities of every item and list code answers the visible current version, null for the rest', async () => {
    const expected = await expectedRows(role);
    const itemCodes = (await sql('select distinct item_code from catalog.reg_item order by item_code')).map((r) => r.item_code as string);
    const listCodes = (await sql('select distinct code from catalog.check_impl_list order by code')).map((r) => r.code as string);
    const r = [...itemCodes.map((itemCode) => ({ __typename: 'RegItem', itemCode })), ...listCodes.map((code) => ({ __typename: 'CheckImplList', code }))];
    const { data, errors } = await as(role, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on RegItem { id } ... on CheckImplList { id } } }', { r });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      ...itemCodes.map((code) => { const row = expected.items.find((i) => i.item_code === code); return row ? { id: row.id } : null; }),
      ...listCodes.map((code) => { const row = expected.lists.find((l) => l.code === code); return row ? { id: row.id } : null; }),
    ]);
    expect(data._entities.filter(Boolean).length).toBeGreaterThan(0);
    if (isPublic(role)) expect(data._entities.filter((e: unknown) => e === null).length).toBeGreaterThanOrEqual(3);
  });

  test('by-key queries, asOf and history: the public sees the current valid version only', async () => {
    const { data, errors } = await as(role, `query($c: String!, $bad: String!) {
      current: regItem(itemCode: $c) { versionNo } old: regItem(itemCode: $c, asOf: "2024-06-30") { versionNo }
      history: regItemHistory(itemCode: $c) { versionNo } invalid: regItem(itemCode: $bad) { status } }`, { c: REVISED, bad: INVALID });
    expect(errors).toBeUndefined();
    if (isPublic(role)) {
      expect(data).toEqual({ current: { versionNo: 2 }, old: null, history: [{ versionNo: 2 }], invalid: null });
    } else {
      expect(data).toEqual({ current: { versionNo: 2 }, old: { versionNo: 1 }, history: [{ versionNo: 1 }, { versionNo: 2 }], invalid: { status: 0 } });
    }
  });
});

describe('catalogue writes', () => {
  let code = 33019922000000;
  const nextCode = () => String(++code);

  test('staff and leaders write their own department\'s items; sourceDept is theirs and the change is audited', async () => {
    const itemCode = nextCode();
    const created = await as('scjgStaff', CREATE_ITEM, { input: itemInput(itemCode, { deptCode: 'SCJG', sourceDept: 'OTHER' }) });
    expect(created.errors).toBeUndefined();
    const [row] = await sql('select source_dept from catalog.reg_item where item_code = ?', [itemCode]);
    expect(row.source_dept).toBe('SCJG');
    const audit = await sql(`select operation, role, dept from audit.audit_log where entity_type = 'RegItem' and ? = any(entity_ids)`, [created.data.createRegItem.id]);
    expect(audit).toEqual([{ operation: 'create:createRegItem', role: 'staff', dept: 'SCJG' }]);
    const revised = await as('leader', UPDATE_ITEM, { code: itemCode, input: itemChanges({ deptCode: 'SCJG' }), v: 1 });
    expect(revised.errors).toBeUndefined();
  });

  test('another department\'s item is FORBIDDEN: on deptCode when named, on itemCode when stored', async () => {
    expect(errorOf(await as('scjgStaff', CREATE_ITEM, { input: itemInput(nextCode(), { deptCode: 'STHJ' }) }))).toMatchObject({ code: 'FORBIDDEN', field: 'deptCode' });
    expect(errorOf(await as('sthjStaff', UPDATE_ITEM, { code: REVISED, input: itemChanges({ deptCode: 'STHJ' }), v: 2 }))).toMatchObject({ code: 'FORBIDDEN', field: 'itemCode' });
    expect(errorOf(await as('sthjStaff', UPDATE_ITEM, { code: REVISED, input: itemChanges({ deptCode: 'SCJG' }), v: 2 }))).toMatchObject({ code: 'FORBIDDEN', field: 'deptCode' });
    const history = await as('system', 'query($c: String!) { regItemHistory(itemCode: $c) { versionNo } }', { c: REVISED });
    expect(history.data.regItemHistory).toHaveLength(2);
  });

  test('implementation lists: an organ of the department, in the user\'s region', async () => {
    const county = { orgUscc: SCJG_SHANGCHENG, orgName: '上城区分局', execLevel: 4, adCode: '330102' };
    const ok = await as('countyStaff', CREATE_LIST, { input: { code: `${SCJG_SHANGCHENG}400001`, ...listFields(REVISED, county) } });
    expect(ok.errors).toBeUndefined();
    const [row] = await sql('select source_dept from catalog.check_impl_list where code = ?', [`${SCJG_SHANGCHENG}400001`]);
    expect(row.source_dept).toBe('SCJG');
    const cityList = { orgUscc: SCJG.uscc, execLevel: 3, adCode: '330100' };
    expect(errorOf(await as('countyStaff', CREATE_LIST, { input: { code: `${SCJG.uscc}300001`, ...listFields(REVISED, cityList) } }))).toMatchObject({ code: 'FORBIDDEN', field: 'adCode' });
    expect(errorOf(await as('sthjStaff', CREATE_LIST, { input: { code: `${SCJG_SHANGCHENG}400002`, ...listFields(REVISED, county) } }))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUscc' });
    expect(errorOf(await as('sthjStaff', UPDATE_LIST, { code: `${SCJG_SHANGCHENG}400001`, input: listFields(REVISED, county), v: 1 }))).toMatchObject({ code: 'FORBIDDEN', field: 'orgUscc' });
    // A stored list outside the county (a county organ's list filed under the city) cannot be changed from the county.
    const misfiled = `${SCJG_SHANGCHENG}400003`;
    expect((await as('system', CREATE_LIST, { input: { code: misfiled, ...listFields(REVISED, { ...county, adCode: '330100' }) } })).errors).toBeUndefined();
    expect(errorOf(await as('countyStaff', UPDATE_LIST, { code: misfiled, input: listFields(REVISED, county), v: 1 }))).toMatchObject({ code: 'FORBIDDEN', field: 'code' });
    expect((await as('scjgStaff', UPDATE_LIST, { code: misfiled, input: listFields(REVISED, county), v: 1 })).errors).toBeUndefined();
  });

  test('claims: only for the user\'s own department', async () => {
    const CLAIM = 'mutation($c: String!, $d: String!) { claimRegItem(itemCode: $c, deptCode: $d, deptName: "部门") { deptCode status } }';
    const WITHDRAW = 'mutation($c: String!, $d: String!) { withdrawClaim(itemCode: $c, deptCode: $d) { status } }';
    expect(errorOf(await as('scjgStaff', CLAIM, { c: REVISED, d: 'STHJ' }))).toMatchObject({ code: 'FORBIDDEN', field: 'deptCode' });
    expect((await as('sthjStaff', CLAIM, { c: REVISED, d: 'STHJ' })).data.claimRegItem).toEqual({ deptCode: 'STHJ', status: 'claimed' });
    expect(errorOf(await as('scjgStaff', WITHDRAW, { c: REVISED, d: 'STHJ' }))).toMatchObject({ code: 'FORBIDDEN', field: 'deptCode' });
    expect((await as('sthjStaff', WITHDRAW, { c: REVISED, d: 'STHJ' })).data.withdrawClaim).toEqual({ status: 'withdrawn' });
  });

  test.each(['auditor', 'cityAdmin'] as RoleName[])('%s writes nothing: FORBIDDEN', async (role) => {
    expect(errorOf(await as(role, CREATE_ITEM, { input: itemInput(nextCode(), { deptCode: 'SCJG' }) }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await as(role, CREATE_LIST, { input: { code: `${SCJG.uscc}300009`, ...listFields(REVISED, { orgUscc: SCJG.uscc }) } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await as(role, 'mutation { claimRegItem(itemCode: "33019911000001", deptCode: "SCJG", deptName: "x") { status } }'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('the public is asked to sign in', async () => {
    expect(errorOf(await as('public', CREATE_ITEM, { input: itemInput(nextCode(), { deptCode: 'SCJG' }) }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await as('public', UPDATE_ITEM, { code: REVISED, input: itemChanges({ deptCode: 'SCJG' }), v: 2 }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await as('public', 'mutation { withdrawClaim(itemCode: "33019911000001", deptCode: "SCJG") { status } }'))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
