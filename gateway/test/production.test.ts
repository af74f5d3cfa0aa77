import { sha256Hex } from '../src/plugins/useTrustedDocuments';
import { startTestGateway, TestGateway } from './testGateway';

const WHOAMI = '{ whoami { id role } }';
const ITEMS = 'query Items($kind: ItemKind) { items(kind: $kind) { id name } }';
const INTROSPECTION = '{ __schema { types { name } } }';
const manifest = new Map([WHOAMI, ITEMS, INTROSPECTION].map((document) => [sha256Hex(document), document]));

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ production: true, trustedDocuments: manifest });
});
afterAll(() => t?.stop());

const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

describe('production mode', () => {
  test('an anonymous free-form query → 400 PERSISTED_QUERY_REQUIRED', async () => {
    const { status, body } = await t.post({ query: WHOAMI });
    expect([status, codeOf(body)]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
    expect(body.errors[0].message).toMatch(/已登记的查询/);
  });

  test('a trusted document by documentId (sha256:<hex> or bare hex), by APQ hash, and by GET', async () => {
    const id = sha256Hex(ITEMS);
    for (const documentId of [`sha256:${id}`, id]) {
      const { status, body } = await t.post({ documentId, variables: { kind: 'LICENCE' } });
      expect([status, body]).toEqual([200, { data: { items: [{ id: '1', name: '食品经营许可' }] } }]);
    }
    const apq = await t.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(WHOAMI) } } });
    expect(apq.body).toEqual({ data: { whoami: { id: 'anonymous', role: 'public' } } });
    const get = await fetch(`${t.gateway.url}?documentId=sha256:${sha256Hex(WHOAMI)}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect([get.status, await get.json()]).toEqual([200, { data: { whoami: { id: 'anonymous', role: 'public' } } }]);
  });

  test('an unknown document id → 400 PERSISTED_QUERY_NOT_FOUND', async () => {
    const { status, body } = await t.post({ documentId: `sha256:${sha256Hex('{ secret }')}` });
    expect([status, codeOf(body)]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    const apq = await t.post({ query: '{ secret }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ secret }') } } });
    expect(codeOf(apq.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  test('anonymous introspection is refused (INTROSPECTION_DISABLED), even as a trusted document', async () => {
    const { status, body } = await t.post({ documentId: sha256Hex(INTROSPECTION) });
    expect([status, codeOf(body)]).toEqual([400, 'INTROSPECTION_DISABLED']);
    expect(body.data).toBeUndefined();
  });

  test('a signed-in user may send free-form queries and introspect', async () => {
    const token = await t.idp.token('carol');
    const query = await t.post({ query: '{ whoami { id } secret }' }, { token });
    expect(query.body).toEqual({ data: { whoami: { id: 'carol' }, secret: 'secret' } });
    const schema = await t.post({ query: INTROSPECTION }, { token });
    expect(schema.body.data.__schema.types.map((x: any) => x.name)).toContain('Node');
  });

  test('field suggestions are not offered', async () => {
    const { body } = await t.post({ query: '{ whoam { id } }' }, { token: await t.idp.token('carol') });
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).not.toMatch(/Did you mean|whoami/);
  });
});

describe('outside production', () => {
  test('anonymous callers may send free-form queries and introspect (GraphiQL needs it)', async () => {
    const open = await startTestGateway();
    try {
      expect((await open.post({ query: WHOAMI })).body).toEqual({ data: { whoami: { id: 'anonymous', role: 'public' } } });
      expect((await open.post({ query: INTROSPECTION })).body.data.__schema.types.length).toBeGreaterThan(3);
    } finally {
      await open.stop();
    }
  });
});
