import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSchema } from '@hub/runtime';
import { forgedUserContext, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import subjects from '@hub/subjects';
import { composeSupergraph, RunningGateway, startGateway } from '../src';
import { USER_CONTEXT_HEADER } from '@hub/runtime';
import { RISK_SDL, RiskSubgraph, startRiskSubgraph } from './riskSubgraph';
import { FakeIdentityProvider, identity, startIdentityProvider } from './identityProvider';

let hub: TestHub;
let risk: RiskSubgraph;
let idp: FakeIdentityProvider;
let gateway: RunningGateway;
let origin: string;
/** Signed in as an auditor (reads every record), so the data assertions are about the gateway, not scoping. */
let auth: Record<string, string>;
const gql = (query: string) => graphqlRequest(gateway.url, query, {}, auth);

beforeAll(async () => {
  hub = await startTestSubgraphs([subjects], { seedScale: 0.01 });
  risk = await startRiskSubgraph();
  idp = await startIdentityProvider();
  idp.users.set('auditor', identity('auditor', 'auditor', { dept: null, deptName: null, orgs: [] }));
  auth = { authorization: `Bearer ${await idp.token('auditor')}` };
  const supergraphSdl = composeSupergraph([
    { name: 'subjects', url: hub.subgraphs.subjects.url, sdl: printSubgraphSchema(await subgraphSchema(subjects)) },
    // Composed with a routing URL that does not answer: `subgraphUrls` must win over it.
    { name: 'risk', url: 'http://127.0.0.1:9/graphql', sdl: RISK_SDL },
  ]);
  gateway = await startGateway({
    supergraphSdl,
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: { risk: risk.url },
    auth: { issuer: idp.issuer, jwksUrl: idp.jwksUrl, identityUrl: idp.identityUrl },
  });
  origin = new URL(gateway.url).origin;
});
afterAll(async () => {
  await gateway?.stop();
  await risk?.stop();
  await hub?.stop();
  await idp?.stop();
});

const CROSS = '{ subjects(page: { first: 3 }) { totalCount nodes { id name riskScore } } }';

describe('gateway over subjects + a second subgraph', () => {
  test('one query crosses both subgraphs', async () => {
    const { data, errors } = await gql(CROSS);
    expect(errors).toBeUndefined();
    expect(data.subjects.totalCount).toBe(100);
    expect(data.subjects.nodes).toHaveLength(3);
    for (const node of data.subjects.nodes) {
      expect(node.name).toEqual(expect.any(String));
      expect(node.riskScore).toBe(node.id.length);
    }
  });

  test('x-request-id is echoed and forwarded to subgraphs; one is made when absent or unsafe', async () => {
    const sent = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-42.a', ...auth }, body: JSON.stringify({ query: CROSS }) });
    expect(sent.headers.get('x-request-id')).toBe('req-42.a');
    expect(risk.requestIds).toContain('req-42.a');

    const made = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await fetch(`${origin}/health`, { headers: { 'x-request-id': 'evil\tid {"level":60}' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('subgraph calls reuse kept-alive connections', async () => {
    risk.graphqlSockets.clear();
    for (let i = 0; i < 5; i++) expect((await gql(CROSS)).errors).toBeUndefined();
    expect(risk.graphqlSockets.size).toBe(1);
  });

  test('GET /graphql is GraphQL over HTTP (with the CSRF preflight header)', async () => {
    const query = encodeURIComponent('{ subjects(page: { first: 1 }) { nodes { riskScore } } }');
    const ok = await fetch(`${gateway.url}?query=${query}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...auth } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.subjects.nodes[0].riskScore).toBe(36);
    // Without it, a GET could be a cross-site "simple" request: CSRF prevention refuses it.
    const blocked = await fetch(`${gateway.url}?query=${query}`, { headers: { accept: 'application/json', ...auth } });
    expect(blocked.status).toBe(400);
  });

  test('browser JSON POSTs from another origin pass CSRF prevention; text/plain POSTs do not', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const json = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://portal.example' }, body });
    expect(json.status).toBe(200);
    expect(((await json.json()) as any).data).toEqual({ __typename: 'Query' });
    const plain = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body });
    expect(plain.status).toBe(400);
  });

  test('/health is 200 when every subgraph answers', async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body).toMatchObject({ status: 'ok', subgraphs: { subjects: { status: 'ok' }, risk: { status: 'ok' } } });
    expect(body.subgraphs.risk.latencyMs).toEqual(expect.any(Number));
  });

  test('a browser GET gets GraphiQL, served entirely by the gateway', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>互联网+监管 数据中台 GraphiQL</title>');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(expect.arrayContaining([expect.stringMatching(/react\.production\.min\.js$/), expect.stringMatching(/graphiql\.min\.js$/), expect.stringMatching(/graphiql\.min\.css$/)]));
    expect(assets.every((a) => a.startsWith('/assets/graphiql/'))).toBe(true); // no CDN
    for (const asset of assets) {
      const file = await fetch(`${origin}${asset}`);
      expect([asset, file.status]).toEqual([asset, 200]);
      expect((await file.text()).length).toBeGreaterThan(100);
    }
    // The default query is derived from the supergraph and crosses subgraphs.
    const config = JSON.parse(/<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html)![1]);
    expect(config.defaultQuery).toMatch(/subjects\(page: \{ first: 5 \}\)[\s\S]*name[\s\S]*riskScore/);
    const example = await gql(config.defaultQuery);
    // Only the test subgraph's deliberately failing field may fail.
    expect((example.errors ?? []).every((e) => e.path.at(-1) === 'boom')).toBe(true);
    expect(example.data.subjects.nodes[0].riskScore).toEqual(expect.any(Number));

    expect((await fetch(`${origin}/assets/graphiql/..%2Fpackage.json`)).status).toBe(404);
  });

  test('too deep or too wide queries are refused before any subgraph is asked', async () => {
    let deep = 'name';
    for (let i = 0; i < 14; i++) deep = `ofType { ${deep} }`;
    const tooDeep = await gql(`{ __schema { types { fields { type { ${deep} } } } } }`);
    expect(tooDeep.data).toBeUndefined();
    expect(tooDeep.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 15 });
    expect(tooDeep.errors?.[0].message).toMatch(/查询嵌套层级为 19，超过上限 15/);

    const aliases = Array.from({ length: 51 }, (_, i) => `a${i}: __typename`).join(' ');
    const tooWide = await gql(`{ ${aliases} }`);
    expect(tooWide.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(tooWide.errors?.[0].message).toMatch(/别名/);

    const justFine = await gql(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(justFine.errors).toBeUndefined();
  });

  test('an internal subgraph error reaches the client without its message or stack', async () => {
    const { data, errors } = await gql('{ subjects(page: { first: 1 }) { nodes { name boom } } }');
    expect(data.subjects.nodes[0]).toEqual({ name: expect.any(String), boom: null });
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ message: '服务器内部错误，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(errors)).not.toMatch(/secret|stacktrace|\.ts:\d+/);
  });

  test('a malformed body is a JSON 400, not an HTML page with a stack', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\(|node_modules/);
    expect(JSON.parse(text).errors[0].extensions.code).toEqual(expect.stringMatching(/BAD_REQUEST/));
  });

  test('a subgraph refuses a user context the gateway did not sign (sent straight to it): 401', async () => {
    const forged = await forgedUserContext();
    const response = await fetch(hub.subgraphs.subjects.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [USER_CONTEXT_HEADER]: forged },
      body: JSON.stringify({ query: '{ subjects(page: { first: 1 }) { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  // Last: stops the second subgraph for good.
  test('with the second subgraph down, its fields fail by name, the rest resolves, and /health says which', async () => {
    await risk.stop();

    const { data, errors } = await gql(CROSS);
    expect(data.subjects.totalCount).toBe(100);
    for (const node of data.subjects.nodes) expect(node).toEqual({ id: expect.any(String), name: expect.any(String), riskScore: null });
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ message: '子系统 risk 暂时不可用', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'risk' } });

    const health = await fetch(`${origin}/health`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as any;
    expect(body).toMatchObject({ status: 'degraded', down: ['risk'], subgraphs: { subjects: { status: 'ok' }, risk: { status: 'down' } } });

    // Still serving, repeatedly.
    for (let i = 0; i < 3; i++) {
      const again = await gql('{ subjects(page: { first: 2 }) { nodes { name } } }');
      expect(again.errors).toBeUndefined();
      expect(again.data.subjects.nodes).toHaveLength(2);
    }
  });
});
