import { createFrame, inspectionAt, complaintAt, penaltyPublicityOf, subjectAt, creditOfSubject } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { queryCounter } from '@hub/runtime';
import { createTestDatabase, graphqlRequest } from '@hub/runtime/testing';
import { DEFAULT_SEED_PASSWORD } from '@hub/identity';
import { RunningHub, startHub } from '../scripts/hub';

// The whole hub as `npm start` runs it (all six subgraphs, seeded, composed, behind the gateway),
// on loopback ports against a database of its own.
const SCALE = 0.01;
let hub: RunningHub;
let drop: () => Promise<void>;
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;
/** As the auditor (reads everything), as a leader of 市场监管 (writes), and anonymously (the public). */
let gql: Gql;
let asLeader: Gql;
let anonymous: Gql;

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token tokenType expiresAt user { username role } } }';

/** Signs in through the gateway with a seeded user, as a client would. */
async function loginAs(username: string): Promise<Gql> {
  const { data, errors } = await graphqlRequest(hub.gatewayUrl, LOGIN, { u: username, p: DEFAULT_SEED_PASSWORD }, { authorization: '' });
  if (errors) throw new Error(`login ${username}: ${JSON.stringify(errors)}`);
  const headers = { authorization: `Bearer ${data.login.token}` };
  return (query, variables) => graphqlRequest(hub.gatewayUrl, query, variables, headers);
}

beforeAll(async () => {
  const database = await createTestDatabase('hub');
  drop = database.drop;
  hub = await startHub({ seedScale: SCALE, gatewayPort: 0, subgraphPorts: () => 0, databaseUrl: database.url });
  // An empty authorization header names "no identity" to graphqlRequest: the request goes out anonymous.
  anonymous = (query, variables) => graphqlRequest(hub.gatewayUrl, query, variables, { authorization: '' });
  gql = await loginAs('auditor');
  asLeader = await loginAs('scjg.leader');
}, 300_000);

afterAll(async () => {
  await hub?.stop();
  await drop?.();
});

/** The seeded subject with the most of everything, and what the city says it should have (computed once). */
let richest: ReturnType<typeof findRichestSubject> | undefined;
const richestSubject = () => (richest ??= findRichestSubject());

function findRichestSubject() {
  const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
  const stats = new Map<number, { inspections: string[]; penalties: string[]; publicities: string[]; complaints: string[] }>();
  const of = (i: number) => stats.get(i) ?? stats.set(i, { inspections: [], penalties: [], publicities: [], complaints: [] }).get(i)!;
  for (let j = 0; j < frame.inspectionCount; j++) {
    const x = inspectionAt(frame, j);
    of(x.subject.index).inspections.push(x.actionCode);
    if (x.penalty) of(x.subject.index).penalties.push(x.penalty.decisionNo);
    const publicity = penaltyPublicityOf(frame, x);
    if (publicity) of(x.subject.index).publicities.push(publicity.decisionNo);
  }
  for (let k = 0; k < frame.complaintCount; k++) {
    const c = complaintAt(frame, k);
    of(c.subject.index).complaints.push(c.no);
  }
  const [index, expected] = [...stats.entries()]
    .filter(([, s]) => s.penalties.length && s.complaints.length && s.publicities.length)
    .sort((a, b) => b[1].penalties.length - a[1].penalties.length)[0];
  const subject = subjectAt(frame, index);
  return { subject, expected, listings: creditOfSubject(frame, subject).listings };
}

describe('the federated hub', () => {
  test('subjectByCertNo crosses subjects, enforcement, catalog, knowledge, credit and complaints with consistent data', async () => {
    const { subject, expected, listings } = richestSubject();
    const { data, errors } = await gql(`query($certNo: String!) {
      subjectByCertNo(certNo: $certNo) {
        id name certNo
        inspections(first: 100) {
          actionCode checkDate
          item { itemCode name }
          inspectors { certNo enforcer { name orgName } }
          penalties { decisionNo fineYuan basisArticles { id numberText law { title } } }
        }
        penaltyPublicities(first: 100) { decisionNo fineWan }
        creditListings { listType }
        complaints(first: 100) { no status }
      }
    }`, { certNo: subject.certNo });
    expect(errors).toBeUndefined();
    const s = data.subjectByCertNo;
    expect(s).toMatchObject({ id: subject.id, name: subject.name, certNo: subject.certNo });
    expect(s.inspections.map((i: any) => i.actionCode).sort()).toEqual([...expected.inspections].sort());
    const penalties = s.inspections.flatMap((i: any) => i.penalties);
    expect(penalties.map((p: any) => p.decisionNo).sort()).toEqual([...expected.penalties].sort());
    expect(s.penaltyPublicities.map((p: any) => p.decisionNo).sort()).toEqual([...expected.publicities].sort());
    expect(s.complaints.map((c: any) => c.no).sort()).toEqual([...expected.complaints].sort());
    expect(s.creditListings.map((l: any) => l.listType).sort()).toEqual(listings.map((l) => l.listType).sort());
    for (const inspection of s.inspections) {
      expect(inspection.item?.itemCode).toMatch(/^\d{14}$/);
      expect(inspection.item.name).toBeTruthy();
      expect(inspection.inspectors.length).toBeGreaterThanOrEqual(2);
      for (const inspector of inspection.inspectors) expect(inspector.enforcer?.name).toBeTruthy();
    }
    if (resolveDataDir()) {
      // With the real laws loaded, every cited article resolves to its law in the knowledge base.
      const cited = penalties.flatMap((p: any) => p.basisArticles);
      expect(cited.length).toBeGreaterThan(0);
      for (const article of cited) expect(article.law.title).toMatch(/法/);
    }
  });

  test('a federated list of subjects with their records costs the same number of SQL statements for 10 and 100 subjects', async () => {
    const query = `query($n: Int!) { subjects(page: { first: $n }) { nodes {
      id name
      inspections(first: 5) { actionCode penalties { decisionNo } item { name } }
      penaltyPublicities(first: 3) { decisionNo }
      complaints(first: 3) { no }
    } } }`;
    const count = async (n: number) => {
      await gql(query, { n }); // warm the query plan cache
      queryCounter.reset();
      const { data, errors } = await gql(query, { n });
      expect(errors).toBeUndefined();
      expect(data.subjects.nodes).toHaveLength(n);
      return queryCounter.count;
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  test('validation errors pass through the gateway with code, field and a Chinese message', async () => {
    const { errors } = await asLeader(`mutation { createSubject(input: { kind: legal, name: "某公司", certType: "001", certNo: "91330100716105852G", adCode: "330106",
      legalPerson: { entType: "有限责任公司", legalRep: "张三", regStatus: "存续" } }) { id } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_USCC', field: 'certNo' });
    expect(errors?.[0].message).toMatch(/统一社会信用代码/);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  test('departments reach templates and the push endpoint through the gateway', async () => {
    const origin = hub.gatewayUrl.replace(/\/graphql$/, '');
    const template = await fetch(`${origin}/templates/inspection.csv`);
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toContain('attachment');
    expect(await template.text()).toContain('监管事项目录编码');
    const push = await fetch(`${origin}/ingest/inspection`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'hubk_not-a-key' }, body: JSON.stringify({ batchKey: 'x', records: [{}] }) });
    expect(push.status).toBe(401);
    expect(((await push.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('health is 200 while every subgraph answers', async () => {
    const response = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(Object.keys(body.subgraphs).sort()).toEqual(['catalog', 'complaints', 'credit', 'enforcement', 'exchange', 'identity', 'knowledge', 'subjects']);
  });

  test('signing in: a seeded user gets a bearer token through the gateway; a wrong password gets INVALID_CREDENTIALS', async () => {
    const { data } = await anonymous(LOGIN, { u: 'scjg.staff', p: DEFAULT_SEED_PASSWORD });
    expect(data.login).toMatchObject({ tokenType: 'Bearer', user: { username: 'scjg.staff', role: 'staff' } });
    expect(data.login.token.split('.')).toHaveLength(3);
    const wrong = await anonymous(LOGIN, { u: 'scjg.staff', p: 'not-the-password-1' });
    expect(wrong.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    const forged = await graphqlRequest(hub.gatewayUrl, '{ subjects(page: { first: 1 }) { totalCount } }', {}, { authorization: `Bearer ${data.login.token.slice(0, -4)}AAAA` });
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('staff see their own department through the gateway, the auditor sees every department', async () => {
    const staff = await loginAs('scjg.staff');
    const orgsOf = async (client: Gql) => {
      const { data, errors } = await client('{ inspections(page: { first: 100 }) { totalCount nodes { orgName } } }');
      expect(errors).toBeUndefined();
      return { total: data.inspections.totalCount as number, orgs: new Set<string>(data.inspections.nodes.map((n: { orgName: string }) => n.orgName)) };
    };
    const own = await orgsOf(staff);
    const all = await orgsOf(gql);
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(all.total);
    for (const org of own.orgs) expect(org).toMatch(/^杭州市市场监督管理局(?!（特种设备）)/);
    expect(all.orgs.size).toBeGreaterThan(1);
  });

  test('GraphiQL opens with how to sign in and an example that runs once signed in', async () => {
    const html = await (await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } })).text();
    const config = JSON.parse(/<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html)![1]);
    expect(config.defaultQuery).toMatch(/mutation Login \{\s+login\(username: "auditor"/);
    const token = (await anonymous(LOGIN, { u: 'auditor', p: DEFAULT_SEED_PASSWORD })).data.login.token;
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: config.defaultQuery, operationName: 'ExampleSubjects' }),
    });
    const { data, errors } = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(errors).toBeUndefined();
    expect(data.subjects.nodes.length).toBeGreaterThan(0);
  });

  test('GraphiQL\'s knowledge search example runs without signing in and shows highlighted hits for 食品经营许可证过期', async () => {
    const html = await (await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } })).text();
    const config = JSON.parse(/<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html)![1]);
    expect(config.defaultQuery).toContain('searchKnowledge(query: "食品经营许可证过期"');
    const { data, errors } = await anonymous(config.defaultQuery.replace(/mutation Login[\s\S]*?\n\}\n/, '').replace(/query ExampleSubjects[\s\S]*?\n\}\n/, ''));
    expect(errors).toBeUndefined();
    expect(data.searchKnowledge.totalCount).toBeGreaterThan(0);
    expect(data.searchKnowledge.hits.length).toBeGreaterThan(0);
    expect(data.searchKnowledge.hits.some((h: { snippets: string[] }) => h.snippets.some((s) => /<em>(食品|经营许可证|保质期|过期)<\/em>/.test(s)))).toBe(true);
  });

  test('the public gets the public contract: catalogue and laws, no subjects, no personal field in its schema', async () => {
    const items = await anonymous('{ regItems(page: { first: 3 }) { nodes { itemCode name } } }');
    expect(items.errors).toBeUndefined();
    expect(items.data.regItems.nodes).toHaveLength(3);
    const subjects = await anonymous('{ subjects(page: { first: 1 }) { totalCount } }');
    expect(subjects.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { data } = await anonymous('{ __schema { types { name fields { name } inputFields { name } } } }');
    const names = data.__schema.types.flatMap((t: any) => [...(t.fields ?? []), ...(t.inputFields ?? [])].map((f: any) => `${t.name}.${f.name}`));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((n: string) => /complainant|phone|idNo|certNoFull|legalRep|password/i.test(n))).toEqual([]);
  });

  // Last: it stops a subgraph.
  test('a stopped subgraph: the other fields still resolve, the error and /health name it', async () => {
    const { subject } = richestSubject();
    await hub.stopSubgraph('complaints');
    const { data, errors } = await gql('query($c: String!) { subjectByCertNo(certNo: $c) { name inspections(first: 1) { actionCode } complaints(first: 5) { no } } }', { c: subject.certNo });
    expect(data.subjectByCertNo.name).toBe(subject.name);
    expect(data.subjectByCertNo.inspections).toHaveLength(1);
    expect(errors?.some((e: any) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.subgraph === 'complaints')).toBe(true);
    const health = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(503);
    expect(((await health.json()) as any).down).toEqual(['complaints']);
  });
});
