import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { asUser, forgedUserContext } from '@hub/runtime/testing';
import { SYSTEM_USER, USER_CONTEXT_HEADER } from '@hub/runtime';
import { startTestGateway, TestGateway } from './testGateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t?.stop());

const WHOAMI = '{ whoami { id role dept region orgs requestId } }';

describe('authentication at the gateway', () => {
  test('a valid token: the registered user reaches the subgraph as a signed, verified context', async () => {
    const { status, body } = await t.post({ query: WHOAMI }, { token: await t.idp.token('alice'), headers: { 'x-request-id': 'auth-1' } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.whoami).toEqual({ id: 'alice', role: 'staff', dept: 'SCJG', region: '330100', orgs: ['11330100MB0000000X'], requestId: 'auth-1' });
  });

  test('no Authorization header: the public user', async () => {
    const { body } = await t.post({ query: '{ whoami { id role } }' });
    expect(body.data.whoami).toEqual({ id: 'anonymous', role: 'public' });
  });

  test('tokens discovered through the issuer\'s OpenID configuration verify too', async () => {
    const discovered = await startTestGateway({}, { discovery: true });
    try {
      const { status, body } = await discovered.post({ query: '{ whoami { id } }' }, { token: await discovered.idp.token('bob') });
      expect([status, body.data?.whoami]).toEqual([200, { id: 'bob' }]);
    } finally {
      await discovered.stop();
    }
  });

  const rejected = async (token: string, reason: string) => {
    const { status, headers, body } = await t.post({ query: WHOAMI }, { token });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason });
    expect(body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(body.data).toBeUndefined();
  };

  test('expired → 401 TOKEN_EXPIRED', async () => {
    await rejected(await t.idp.token('alice', { expiresIn: Math.floor(Date.now() / 1000) - 60 }), 'TOKEN_EXPIRED');
  });

  test('signed by another key (same kid) → 401 BAD_SIGNATURE; by an unknown kid → 401 UNKNOWN_KEY', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await rejected(await t.idp.token('alice', { key: privateKey }), 'BAD_SIGNATURE');
    await rejected(await t.idp.token('alice', { key: privateKey, kid: 'k-rogue' }), 'UNKNOWN_KEY');
  });

  test('wrong issuer → 401 WRONG_ISSUER; wrong audience → 401 WRONG_AUDIENCE', async () => {
    await rejected(await t.idp.token('alice', { issuer: 'https://evil.example' }), 'WRONG_ISSUER');
    await rejected(await t.idp.token('alice', { audience: 'other-app' }), 'WRONG_AUDIENCE');
  });

  test('alg "none" and HMAC tokens → 401 ALGORITHM_NOT_ALLOWED', async () => {
    const none = new UnsecuredJWT({ preferred_username: 'alice' }).setSubject('alice').setIssuer(t.idp.issuer).setAudience('hub').setExpirationTime('5m').encode();
    await rejected(none, 'ALGORITHM_NOT_ALLOWED');
    const hmac = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).setSubject('alice').setIssuer(t.idp.issuer).setAudience('hub').setExpirationTime('5m').sign(new TextEncoder().encode('x'.repeat(32)));
    await rejected(hmac, 'ALGORITHM_NOT_ALLOWED');
  });

  test('garbage, a non-Bearer scheme or an empty token → 401 MALFORMED', async () => {
    await rejected('not.a.jwt', 'MALFORMED');
    await rejected('abc', 'MALFORMED');
    for (const authorization of ['Basic YWxpY2U6c2VjcmV0', 'Bearer ', 'Bearer a b']) {
      const { status, body } = await t.post({ query: WHOAMI }, { headers: { authorization } });
      expect([authorization, status, body.errors[0].extensions.reason]).toEqual([authorization, 401, 'MALFORMED']);
    }
  });

  test('a valid token for an unregistered person → 403 USER_NOT_REGISTERED; a disabled account → 403 ACCOUNT_DISABLED', async () => {
    const unknown = await t.post({ query: WHOAMI }, { token: await t.idp.token('stranger') });
    expect(unknown.status).toBe(403);
    expect(unknown.body.errors[0].extensions.code).toBe('USER_NOT_REGISTERED');
    const disabled = await t.post({ query: WHOAMI }, { token: await t.idp.token('mallory') });
    expect(disabled.status).toBe(403);
    expect(disabled.body.errors[0].extensions.code).toBe('ACCOUNT_DISABLED');
    expect(t.echo.seen.some((u) => u.id === 'stranger' || u.id === 'mallory')).toBe(false);
  });

  test('identities are cached per subject, and simultaneous first requests share one lookup', async () => {
    const token = await t.idp.token('erin');
    const before = t.idp.lookups.filter((s) => s === 'erin').length;
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.post({ query: '{ whoami { id } }' }, { token })));
    expect(answers.map((a) => a.body.data.whoami.id)).toEqual(Array(5).fill('erin'));
    await t.post({ query: '{ whoami { id } }' }, { token });
    expect(t.idp.lookups.filter((s) => s === 'erin').length - before).toBe(1);
  });

  test('identity subgraph down → 503 SUBGRAPH_UNAVAILABLE (nothing cached), back when it is', async () => {
    t.idp.users.set('frank', { ...t.idp.users.get('alice')!, id: 'frank', username: 'frank' });
    t.idp.down = true;
    try {
      const down = await t.post({ query: WHOAMI }, { token: await t.idp.token('frank') });
      expect(down.status).toBe(503);
      expect(down.body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'identity' });
    } finally {
      t.idp.down = false;
    }
    const back = await t.post({ query: '{ whoami { id } }' }, { token: await t.idp.token('frank') });
    expect(back.body.data.whoami.id).toBe('frank');
  });
});

describe('the signed user context', () => {
  test('a client-sent x-hub-user has no effect: anonymous stays public, a signed-in user stays themself', async () => {
    const forged = await asUser(SYSTEM_USER); // even one signed with the real gateway key
    const anonymous = await t.post({ query: '{ whoami { id role } }' }, { headers: forged });
    expect(anonymous.body.data.whoami).toEqual({ id: 'anonymous', role: 'public' });
    const alice = await t.post({ query: '{ whoami { id role } }' }, { token: await t.idp.token('alice'), headers: forged });
    expect(alice.body.data.whoami).toEqual({ id: 'alice', role: 'staff' });
    expect(t.echo.seen.some((u) => u.role === 'system')).toBe(false);
  });

  test('every subgraph call of a request carries the user and the request id', async () => {
    const seenBefore = t.echo.seen.length;
    await t.post({ query: '{ whoami { id } items { id } }' }, { token: await t.idp.token('bob'), headers: { 'x-request-id': 'once-1' } });
    const calls = t.echo.seen.slice(seenBefore);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.every((u) => u.id === 'bob' && u.requestId === 'once-1')).toBe(true);
  });

  test('sent straight to a subgraph, a context signed with another Ed25519 key → 401', async () => {
    const forged = await forgedUserContext();
    const response = await fetch(t.echo.url, { method: 'POST', headers: { 'content-type': 'application/json', [USER_CONTEXT_HEADER]: forged }, body: JSON.stringify({ query: '{ secret }' }) });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('public contract at run time', () => {
  const INTROSPECT = '{ __schema { queryType { fields { name } } mutationType { name } types { name fields { name } } } }';
  const typeOf = (schema: any, name: string) => schema.types.find((x: any) => x.name === name);

  test('anonymous introspection shows only the tagged fields; a signed-in user sees the whole graph', async () => {
    const anonymous = (await t.post({ query: INTROSPECT })).body.data.__schema;
    expect(anonymous.queryType.fields.map((f: any) => f.name).sort()).toEqual(['items', 'whoami']);
    expect(anonymous.mutationType).toBeNull();
    expect(typeOf(anonymous, 'Me').fields.map((f: any) => f.name).sort()).toEqual(['id', 'role']);
    expect(typeOf(anonymous, 'Item').fields.map((f: any) => f.name).sort()).toEqual(['id', 'name']);
    expect(typeOf(anonymous, 'Node')).toBeUndefined();

    const signedIn = (await t.post({ query: INTROSPECT }, { token: await t.idp.token('carol') })).body.data.__schema;
    expect(signedIn.queryType.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['whoami', 'items', 'secret', 'node', 'nodes']));
    expect(typeOf(signedIn, 'Item').fields.map((f: any) => f.name)).toContain('phone');
  });

  test('anonymous queries for hidden fields fail validation; the same query signed in works', async () => {
    const anonymous = await t.post({ query: '{ items { name phone } }' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const signedIn = await t.post({ query: '{ items { name phone } }' }, { token: await t.idp.token('carol') });
    expect(signedIn.body.data.items[0]).toEqual({ name: '食品经营许可', phone: '13800000000' });
  });
});
