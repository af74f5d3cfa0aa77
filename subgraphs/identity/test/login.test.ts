import { createLocalJWKSet, decodeProtectedHeader, JSONWebKeySet, JWK, jwtVerify } from 'jose';
import { BUILTIN_ISSUER } from '../src';
import { codeOf, IdentityTestHub, PASSWORD, seededId, startIdentityHub } from './identityTestHub';

let t: IdentityTestHub;

beforeAll(async () => {
  t = await startIdentityHub();
});
afterAll(() => t?.hub.stop());

const failedLogins = async (username: string) =>
  Number((await t.sql('select failed_logins from identity.user_account where username = ?', [username]))[0].failed_logins);

describe('built-in identity provider', () => {
  test('login returns a JWT that verifies against the JWKS route, with the claims the gateway expects', async () => {
    const { data, errors } = await t.login('scjg.staff');
    expect(errors).toBeUndefined();
    const result = data.login;
    expect(result).toMatchObject({
      tokenType: 'Bearer',
      user: { id: seededId('scjg.staff'), username: 'scjg.staff', name: '杭市监工作人员', role: 'staff', dept: 'SCJG', deptName: '杭州市市场监督管理局', region: '330100' },
    });
    const jwks = (await (await fetch(`${t.base}/.well-known/jwks.json`)).json()) as JSONWebKeySet & { keys: (JWK & { kid: string; x: string; y: string })[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
    expect(decodeProtectedHeader(result.token)).toMatchObject({ alg: 'ES256', kid: jwks.keys[0].kid });
    const { payload } = await jwtVerify(result.token, createLocalJWKSet(jwks), { issuer: BUILTIN_ISSUER, audience: 'hub' });
    expect(payload).toMatchObject({ sub: seededId('scjg.staff'), preferred_username: 'scjg.staff', name: '杭市监工作人员' });
    expect(payload.exp! - payload.iat!).toBe(2 * 60 * 60);
    expect(new Date(result.expiresAt).getTime()).toBe(payload.exp! * 1000);
    // Verified by somebody else's key: refused.
    await expect(jwtVerify(result.token, createLocalJWKSet({ keys: [{ ...jwks.keys[0], x: jwks.keys[0].y, y: jwks.keys[0].x }] }))).rejects.toThrow();
  });

  test('the discovery document names the issuer and the JWKS URL on the host it was asked on', async () => {
    const response = await fetch(`${t.base}/.well-known/openid-configuration`);
    const config = await response.json();
    expect(config).toMatchObject({ issuer: BUILTIN_ISSUER, jwks_uri: `${t.base}/.well-known/jwks.json`, id_token_signing_alg_values_supported: ['ES256'] });
  });

  test('user names are case-insensitive and trimmed', async () => {
    expect((await t.login('  SCJG.Leader ')).data?.login.user.username).toBe('scjg.leader');
  });

  test('a wrong password and an unknown user get the same answer, and both are audited', async () => {
    const wrong = await t.login('scjg.leader', 'Wrong1234');
    const unknown = await t.login('nobody.here', 'Wrong1234');
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(wrong.errors![0].extensions).toEqual(unknown.errors![0].extensions);
    expect(wrong.data).toBeNull();
    const entries = await t.sql(`select actor_id, actor_name, role, operation, entity_type, entity_ids, reason from audit.audit_log where operation = 'login_failed' order by seq`);
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor_id: seededId('scjg.leader'), actor_name: '杭市监领导', role: 'leader', entity_type: 'User', entity_ids: [seededId('scjg.leader')], reason: '密码错误' }),
      expect.objectContaining({ actor_id: 'anonymous', actor_name: 'nobody.here', role: 'public', entity_type: 'User', entity_ids: [], reason: '用户不存在' }),
    ]));
    const success = await t.sql(`select actor_id, role, dept, region from audit.audit_log where operation = 'login' and actor_id = ?`, [seededId('scjg.staff')]);
    expect(success[0]).toEqual({ actor_id: seededId('scjg.staff'), role: 'staff', dept: 'SCJG', region: '330100' });
  });

  test('a success resets the count of failures', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf(await t.login('sthj.staff', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await t.login('sthj.staff'))).toBeUndefined();
    expect(await failedLogins('sthj.staff')).toBe(0);
    for (let i = 0; i < 4; i++) expect(codeOf(await t.login('sthj.staff', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await t.login('sthj.staff'))).toBeUndefined();
  });

  test('5 failures lock the account for 15 minutes, even against the right password; the lock expires', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf(await t.login('ypjg.staff', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
    const fifth = await t.login('ypjg.staff', 'Wrong1234');
    expect(codeOf(fifth)).toBe('ACCOUNT_LOCKED');
    const locked = await t.login('ypjg.staff');
    expect(codeOf(locked)).toBe('ACCOUNT_LOCKED');
    expect(locked.errors![0].message).toMatch(/锁定至 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d（北京时间）/);
    const [{ minutes }] = await t.sql(`select extract(epoch from locked_until - now()) / 60 as minutes from identity.user_account where username = 'ypjg.staff'`);
    expect(Number(minutes)).toBeGreaterThan(14.5);
    expect(Number(minutes)).toBeLessThanOrEqual(15);
    // Fifteen minutes later (moved back in the database rather than waited for):
    await t.sql(`update identity.user_account set locked_until = now() - interval '1 second' where username = 'ypjg.staff'`);
    expect(codeOf(await t.login('ypjg.staff'))).toBeUndefined();
    expect(await failedLogins('ypjg.staff')).toBe(0);
  });

  test('after an expired lock the count starts again from one', async () => {
    await t.sql(`update identity.user_account set failed_logins = 5, locked_until = now() - interval '1 second' where username = 'jtys.staff'`);
    expect(codeOf(await t.login('jtys.staff', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
    expect(await failedLogins('jtys.staff')).toBe(1);
  });

  test('parallel wrong guesses: only 5 passwords are ever checked, the rest find the account locked', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => t.login('yjgl.staff', 'Wrong1234')));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(4);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(16);
    expect(await failedLogins('yjgl.staff')).toBe(5);
    const checked = await t.sql(`select count(*)::int as n from audit.audit_log where actor_id = ? and reason like '密码错误%'`, [seededId('yjgl.staff')]);
    expect(checked[0].n).toBe(5);
    expect(codeOf(await t.login('yjgl.staff'))).toBe('ACCOUNT_LOCKED');
  });

  test('a disabled account is refused after the right password, and looks like any other after a wrong one', async () => {
    await t.sql(`update identity.user_account set disabled = true where username = 'xfjy.staff'`);
    const right = await t.login('xfjy.staff');
    expect(codeOf(right)).toBe('ACCOUNT_DISABLED');
    expect(right.errors![0].message).toMatch(/停用/);
    expect(codeOf(await t.login('xfjy.staff', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
    await t.sql(`update identity.user_account set disabled = false where username = 'xfjy.staff'`);
    expect(codeOf(await t.login('xfjy.staff'))).toBeUndefined();
  });

  test('me: the signed-in user, null for the public', async () => {
    const me = await t.gql('{ me { id username role dept deptName roleName region } }', {}, await t.seededUser('scjg.shangcheng'));
    expect(me.data!.me).toEqual({ id: seededId('scjg.shangcheng'), username: 'scjg.shangcheng', role: 'staff', dept: 'SCJG', deptName: '杭州市市场监督管理局', roleName: '部门工作人员', region: '330102' });
    expect((await t.gql('{ me { id } }', {}, 'public')).data!.me).toBeNull();
  });

  test('changePassword: needs the old password and a policy-conforming new one', async () => {
    const user = await t.seededUser('wgly.staff');
    const change = (oldPassword: string, newPassword: string) =>
      t.gql('mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id version } }', { o: oldPassword, n: newPassword }, user);
    expect((await change('Wrong1234', 'Better2027')).errors![0].extensions).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'oldPassword' });
    expect((await change(PASSWORD, 'short1')).errors![0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    expect((await change(PASSWORD, 'onlyletters')).errors![0].message).toBe('密码至少8位，且须同时包含字母和数字');
    expect(codeOf(await change(PASSWORD, '12345678'))).toBe('WEAK_PASSWORD');
    expect(codeOf(await change(PASSWORD, PASSWORD))).toBe('PASSWORD_UNCHANGED');
    expect((await change(PASSWORD, 'Better2027')).errors).toBeUndefined();
    expect(codeOf(await t.login('wgly.staff'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await t.login('wgly.staff', 'Better2027'))).toBeUndefined();
    expect(codeOf(await t.gql('mutation { changePassword(oldPassword: "a", newPassword: "b") { id } }', {}, 'public'))).toBe('UNAUTHENTICATED');
    const [hash] = await t.sql(`select password_hash from identity.user_account where username = 'wgly.staff'`);
    expect(hash.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });
});
