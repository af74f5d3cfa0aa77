import { cityUser } from '@hub/city';
import { codeOf, IdentityTestHub, seededId, startIdentityHub } from './identityTestHub';

let t: IdentityTestHub;

beforeAll(async () => {
  t = await startIdentityHub();
});
afterAll(() => t?.hub.stop());

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username name role dept deptName region disabled version oidcSubject } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $input: UpdateUserInput!) { updateUser(id: $id, expectedVersion: $v, input: $input) { id role dept region disabled version oidcSubject } }';
const USERS = 'query($f: UserFilter, $p: PageArgs) { users(filter: $f, page: $p) { totalCount nodes { username region role } pageInfo { hasNextPage endCursor } } }';

const cityAdmin = () => cityUser(t.frame, 'city_admin', null, '330100');
const countyAdmin = () => cityUser(t.frame, 'city_admin', null, '330102');
const provinceAdmin = () => cityUser(t.frame, 'province_admin', null, '330000');
const auditor = () => cityUser(t.frame, 'auditor', null, '330100');

const staffInput = (username: string, extra: Record<string, unknown> = {}) =>
  ({ username, name: '测试人员', role: 'staff', dept: 'SCJG', region: '330102', password: 'Start2026x', ...extra });

describe('user administration (分级授权)', () => {
  test('a city_admin creates staff in a county of the city, who can then log in', async () => {
    const { data, errors } = await t.gql(CREATE, { input: staffInput('sc.zhang') }, cityAdmin());
    expect(errors).toBeUndefined();
    expect(data!.createUser).toMatchObject({ username: 'sc.zhang', role: 'staff', dept: 'SCJG', deptName: '杭州市市场监督管理局', region: '330102', disabled: false, version: 1 });
    expect(codeOf(await t.login('sc.zhang', 'Start2026x'))).toBeUndefined();
    const [entry] = await t.sql(`select operation, entity_type, entity_ids, actor_id from audit.audit_log where operation like 'create:%' and entity_type = 'User'`);
    expect(entry).toEqual({ operation: 'create:createUser', entity_type: 'User', entity_ids: [data!.createUser.id], actor_id: cityAdmin().id });
    const [{ password_hash }] = await t.sql(`select password_hash from identity.user_account where username = 'sc.zhang'`);
    expect(password_hash).toMatch(/^scrypt\$/);
  });

  test('outside the admin region, or a role above the admin: FORBIDDEN with the field', async () => {
    expect((await t.gql(CREATE, { input: staffInput('sc.outside', { region: '320100' }) }, cityAdmin())).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'region' });
    expect((await t.gql(CREATE, { input: staffInput('sc.sibling', { region: '330106' }) }, countyAdmin())).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'region' });
    expect((await t.gql(CREATE, { input: staffInput('sc.boss', { role: 'province_admin', dept: null }) }, cityAdmin())).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    expect((await t.gql(CREATE, { input: staffInput('sc.audit', { role: 'auditor', dept: null }) }, cityAdmin())).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    for (const role of ['system', 'public']) {
      expect((await t.gql(CREATE, { input: staffInput('sc.sys', { role, dept: null }) }, provinceAdmin())).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    }
    expect((await t.gql(CREATE, { input: staffInput('sc.king', { role: 'king' }) }, cityAdmin())).errors![0].extensions).toMatchObject({ code: 'INVALID_ROLE', field: 'role' });
    // A province admin may create both.
    expect((await t.gql(CREATE, { input: staffInput('zj.admin2', { role: 'province_admin', dept: null, region: '330000' }) }, provinceAdmin())).errors).toBeUndefined();
    expect((await t.gql(CREATE, { input: staffInput('nb.staff', { region: '330200' }) }, provinceAdmin())).errors).toBeUndefined();
  });

  test('staff, leaders, auditors and the public manage nobody', async () => {
    expect(codeOf(await t.gql(CREATE, { input: staffInput('sc.x1') }, auditor()))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { input: staffInput('sc.x2') }, cityUser(t.frame, 'leader')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { input: staffInput('sc.x3') }, 'public'))).toBe('UNAUTHENTICATED');
  });

  test('validation: username, name, region, department and password, with Chinese messages and fields', async () => {
    const problem = async (input: Record<string, unknown>) => (await t.gql(CREATE, { input }, cityAdmin())).errors![0];
    expect((await problem(staffInput('Bad Name'))).extensions).toMatchObject({ code: 'INVALID_USERNAME', field: 'username' });
    expect((await problem(staffInput('sc.region', { region: '999999' }))).extensions).toMatchObject({ code: 'INVALID_AD_CODE', field: 'region' });
    expect((await problem(staffInput('sc.blank', { name: '  ' }))).extensions).toMatchObject({ code: 'REQUIRED', field: 'name' });
    expect((await problem(staffInput('sc.nodept', { dept: null }))).extensions).toMatchObject({ code: 'DEPT_REQUIRED', field: 'dept' });
    expect((await problem(staffInput('sc.baddept', { dept: 'XXXX' }))).extensions).toMatchObject({ code: 'UNKNOWN_DEPT', field: 'dept' });
    const weak = await problem(staffInput('sc.weak', { password: 'abcdefgh' }));
    expect(weak.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
    expect(weak.message).toMatch(/至少8位/);
    expect((await problem(staffInput('sc.zhang'))).extensions).toMatchObject({ code: 'DUPLICATE_USERNAME', field: 'username' });
  });

  test('users(): admins see their region, auditors everybody, others nothing', async () => {
    const all = async (user: any, filter: Record<string, unknown> = {}) => (await t.gql(USERS, { f: filter, p: { first: 500 } }, user)).data!.users;
    const county = await all(countyAdmin());
    expect(county.nodes.length).toBeGreaterThanOrEqual(2);
    for (const u of county.nodes) expect(u.region).toBe('330102');
    expect(county.nodes.map((u: any) => u.username)).toEqual(expect.arrayContaining(['scjg.shangcheng', 'sc.zhang']));
    const city = await all(cityAdmin());
    for (const u of city.nodes) expect(u.region).toMatch(/^3301/);
    expect(city.nodes.map((u: any) => u.username)).not.toContain('province');
    expect(city.totalCount).toBe(city.nodes.length);
    const everybody = await all(auditor());
    expect(everybody.nodes.map((u: any) => u.username)).toEqual(expect.arrayContaining(['province', 'nb.staff', 'admin']));
    expect((await all(provinceAdmin())).nodes.map((u: any) => u.username)).toContain('nb.staff');
    expect(codeOf(await t.gql(USERS, {}, cityUser(t.frame, 'staff')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(USERS, {}, cityUser(t.frame, 'leader')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(USERS, {}, 'public'))).toBe('UNAUTHENTICATED');
    // Filters and keyset pages.
    expect((await all(auditor(), { role: 'leader' })).nodes.every((u: any) => u.role === 'leader')).toBe(true);
    expect((await all(auditor(), { usernameContains: 'SCJG' })).nodes.map((u: any) => u.username).sort()).toEqual(['scjg.leader', 'scjg.shangcheng', 'scjg.staff']);
    const first = (await t.gql(USERS, { p: { first: 3 } }, auditor())).data!.users;
    const second = (await t.gql(USERS, { p: { first: 3, after: first.pageInfo.endCursor } }, auditor())).data!.users;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const names = [...first.nodes, ...second.nodes].map((u: any) => u.username);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(6);
  });

  test('updateUser: promotions within what the admin may grant, never one own role', async () => {
    const { data } = await t.gql(CREATE, { input: staffInput('sc.promote', { region: '330100' }) }, cityAdmin());
    const { id } = data!.createUser;
    const update = (v: number, input: Record<string, unknown>, user: any = cityAdmin()) => t.gql(UPDATE, { id, v, input }, user);
    expect((await update(1, { role: 'province_admin', dept: null })).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    const leader = await update(1, { role: 'leader', region: '330106' });
    expect(leader.errors).toBeUndefined();
    expect(leader.data!.updateUser).toMatchObject({ role: 'leader', region: '330106', version: 2 });
    expect(codeOf(await update(1, { name: '新名字' }))).toBe('VERSION_CONFLICT');
    expect((await update(2, { region: '320100' })).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'region' });
    expect((await update(2, { oidcSubject: 'zj-42', disabled: true })).data!.updateUser).toMatchObject({ oidcSubject: 'zj-42', disabled: true, version: 3 });
    // The county admin of 上城区 cannot manage a user of 西湖区.
    expect((await update(3, { disabled: false }, countyAdmin())).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    // A city admin cannot touch a province admin at all.
    expect(codeOf(await t.gql(UPDATE, { id: seededId('province'), v: 1, input: { name: 'x' } }, cityAdmin()))).toBe('FORBIDDEN');
    // Nobody changes their own role, even a province admin.
    const province = await t.seededUser('province');
    const self = await t.gql(UPDATE, { id: province.id, v: 1, input: { role: 'city_admin' } }, province);
    expect(self.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    const admin = await t.seededUser('admin');
    expect((await t.gql(UPDATE, { id: admin.id, v: 1, input: { disabled: true } }, admin)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'disabled' });
    expect((await t.gql(UPDATE, { id: admin.id, v: 1, input: { name: '管理员' } }, admin)).errors).toBeUndefined();
    // A second account cannot bind the same external identity.
    const other = await t.gql(CREATE, { input: staffInput('sc.other', { oidcSubject: 'zj-42' }) }, cityAdmin());
    expect(other.errors![0].extensions).toMatchObject({ code: 'DUPLICATE_OIDC_SUBJECT', field: 'oidcSubject' });
    expect(codeOf(await t.gql(UPDATE, { id: 'not-a-uuid', v: 1, input: {} }, cityAdmin()))).toBe('NOT_FOUND');
  });

  test('resetPassword and unlockUser: admins of the region', async () => {
    await t.sql(`update identity.user_account set failed_logins = 5, locked_until = now() + interval '15 minutes' where username = 'scjg.shangcheng'`);
    expect(codeOf(await t.login('scjg.shangcheng'))).toBe('ACCOUNT_LOCKED');
    const unlock = 'mutation($id: ID!) { unlockUser(id: $id) { failedLogins lockedUntil } }';
    expect(codeOf(await t.gql(unlock, { id: seededId('scjg.shangcheng') }, cityUser(t.frame, 'city_admin', null, '330106')))).toBe('FORBIDDEN');
    expect((await t.gql(unlock, { id: seededId('scjg.shangcheng') }, countyAdmin())).data!.unlockUser).toEqual({ failedLogins: 0, lockedUntil: null });
    expect(codeOf(await t.login('scjg.shangcheng'))).toBeUndefined();

    const reset = 'mutation($id: ID!, $p: String!) { resetPassword(id: $id, newPassword: $p) { id } }';
    expect((await t.gql(reset, { id: seededId('scjg.shangcheng'), p: 'short' }, countyAdmin())).errors![0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    expect(codeOf(await t.gql(reset, { id: seededId('scjg.shangcheng'), p: 'Reset2026x' }, auditor()))).toBe('FORBIDDEN');
    expect((await t.gql(reset, { id: seededId('scjg.shangcheng'), p: 'Reset2026x' }, countyAdmin())).errors).toBeUndefined();
    expect(codeOf(await t.login('scjg.shangcheng', 'Reset2026x'))).toBeUndefined();
    const [entry] = await t.sql(`select fields from audit.audit_log where operation = 'update:resetPassword'`);
    expect(entry.fields).toContain('passwordHash');
  });
});
