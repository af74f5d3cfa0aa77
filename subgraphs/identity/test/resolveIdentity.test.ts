import { cityUser, organsOf } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { createContext } from '@hub/runtime';
import identity, { BUILTIN_ISSUER } from '../src';
import { codeOf, IdentityTestHub, seededId, startIdentityHub } from './identityTestHub';

let t: IdentityTestHub;

beforeAll(async () => {
  t = await startIdentityHub();
});
afterAll(() => t?.hub.stop());

const RESOLVE = `query($i: String!, $s: String!, $u: String) {
  resolveIdentity(issuer: $i, subject: $s, username: $u) { id username name role dept deptName region orgs disabled }
}`;
const EXTERNAL = 'https://sso.zj.gov.cn/oidc';

describe('resolveIdentity (for the gateway)', () => {
  test('only the system may call it: staff are FORBIDDEN, the public UNAUTHENTICATED', async () => {
    const vars = { i: BUILTIN_ISSUER, s: seededId('admin') };
    expect(codeOf(await t.gql(RESOLVE, vars, cityUser(t.frame, 'staff')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RESOLVE, vars, cityUser(t.frame, 'city_admin', null)))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RESOLVE, vars, cityUser(t.frame, 'auditor', null)))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RESOLVE, vars, 'public'))).toBe('UNAUTHENTICATED');
    expect((await t.gql(RESOLVE, vars)).data!.resolveIdentity.username).toBe('admin');
  });

  test('built-in tokens name the user by id; orgs are every organ of the department', async () => {
    const { data } = await t.gql(RESOLVE, { i: BUILTIN_ISSUER, s: seededId('scjg.shangcheng') });
    const scjg = t.frame.departments.find((d) => d.code === 'SCJG')!;
    expect(data!.resolveIdentity).toEqual({
      id: seededId('scjg.shangcheng'), username: 'scjg.shangcheng', name: '上城区市场监管分局工作人员', role: 'staff', dept: 'SCJG',
      deptName: '杭州市市场监督管理局', region: '330102', orgs: expect.any(Array), disabled: false,
    });
    expect([...data!.resolveIdentity.orgs].sort()).toEqual(organsOf(t.frame, scjg).map((o) => o.uscc).sort());
    expect(data!.resolveIdentity.orgs).toHaveLength(t.frame.counties.length + 1);
    // The same as the test helper's city user of that department (what libraries' tests assume).
    expect([...data!.resolveIdentity.orgs].sort()).toEqual([...cityUser(t.frame, 'staff', 'SCJG', '330102').orgs].sort());
  });

  test('users above departments have no orgs; unknown or malformed subjects resolve to null', async () => {
    expect((await t.gql(RESOLVE, { i: BUILTIN_ISSUER, s: seededId('auditor') })).data!.resolveIdentity).toMatchObject({ role: 'auditor', dept: null, deptName: null, orgs: [] });
    expect((await t.gql(RESOLVE, { i: BUILTIN_ISSUER, s: '00000000-0000-5000-8000-000000000000' })).data!.resolveIdentity).toBeNull();
    expect((await t.gql(RESOLVE, { i: BUILTIN_ISSUER, s: 'admin' })).data!.resolveIdentity).toBeNull();
    // A built-in subject is never matched by username, nor an external one by id.
    expect((await t.gql(RESOLVE, { i: BUILTIN_ISSUER, s: 'x', u: 'admin' })).data!.resolveIdentity).toBeNull();
    expect((await t.gql(RESOLVE, { i: EXTERNAL, s: seededId('admin') })).data!.resolveIdentity).toBeNull();
  });

  test('external issuers: by bound oidcSubject, else by username while the account is unbound', async () => {
    const first = await t.gql(RESOLVE, { i: EXTERNAL, s: 'zj-0001', u: 'TZSB.leader' });
    expect(first.data!.resolveIdentity).toMatchObject({ id: seededId('tzsb.leader'), role: 'leader', dept: 'TZSB' });
    expect(first.data!.resolveIdentity.orgs.length).toBe(t.frame.counties.length + 1);
    await t.sql(`update identity.user_account set oidc_subject = 'zj-0001' where username = 'tzsb.leader'`);
    expect((await t.gql(RESOLVE, { i: EXTERNAL, s: 'zj-0001' })).data!.resolveIdentity.username).toBe('tzsb.leader');
    // Once bound, another subject cannot take the account over by its username.
    expect((await t.gql(RESOLVE, { i: EXTERNAL, s: 'zj-9999', u: 'tzsb.leader' })).data!.resolveIdentity).toBeNull();
    // The bound subject wins over a username that names somebody else.
    expect((await t.gql(RESOLVE, { i: EXTERNAL, s: 'zj-0001', u: 'tzsb.staff' })).data!.resolveIdentity.username).toBe('tzsb.leader');
    expect((await t.gql(RESOLVE, { i: EXTERNAL, s: 'zj-unknown' })).data!.resolveIdentity).toBeNull();
  });

  test('disabled users are resolved with disabled: true (the gateway refuses them)', async () => {
    await t.sql(`update identity.user_account set disabled = true where username = 'zjjs.staff'`);
    expect((await t.gql(RESOLVE, { i: BUILTIN_ISSUER, s: seededId('zjjs.staff') })).data!.resolveIdentity.disabled).toBe(true);
  });

  test('departments: every signed-in user reads the registry with its organs; the public does not', async () => {
    const query = '{ departments { code name shortName uscc organs { uscc name adCode deptCode } } }';
    const { data, errors } = await t.gql(query, {}, cityUser(t.frame, 'staff', 'YPJG'));
    expect(errors).toBeUndefined();
    expect(data!.departments.map((d: any) => d.code).sort()).toEqual(t.frame.departments.map((d) => d.code).sort());
    const scjg = data!.departments.find((d: any) => d.code === 'SCJG');
    expect(scjg.organs).toHaveLength(t.frame.counties.length + 1);
    expect(scjg.organs[0]).toMatchObject({ adCode: '330100', uscc: scjg.uscc, deptCode: 'SCJG' });
    expect(codeOf(await t.gql(query, {}, 'public'))).toBe('UNAUTHENTICATED');
  });

  test('seeding again changes nothing', async () => {
    const result = await identity.seed!(createContext(t.hub.subgraphs.identity.orm).em, { scale: 0.01, dataDir: resolveDataDir() });
    expect(result).toEqual({ departments: 0, organs: 0, users: 0 });
  });
});
