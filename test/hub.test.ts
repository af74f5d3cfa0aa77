import { createFrame, inspectionAt, complaintAt, penaltyPublicityOf, subjectAt, creditOfSubject } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { queryCounter } from '@hub/runtime';
import { createTestDatabase, graphqlRequest } from '@hub/runtime/testing';
import { RunningHub, startHub } from '../scripts/hub';

// The whole hub as `npm start` runs it (all six subgraphs, seeded, composed, behind the gateway),
// on loopback ports against a database of its own.
const SCALE = 0.01;
let hub: RunningHub;
let drop: () => Promise<void>;
let gql: (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;

beforeAll(async () => {
  const database = await createTestDatabase('hub');
  drop = database.drop;
  hub = await startHub({ seedScale: SCALE, gatewayPort: 0, subgraphPorts: () => 0, databaseUrl: database.url });
  gql = (query, variables) => graphqlRequest(hub.gatewayUrl, query, variables);
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
    const { errors } = await gql(`mutation { createSubject(input: { kind: legal, name: "某公司", certType: "001", certNo: "91330100716105852G", adCode: "330106",
      legalPerson: { entType: "有限责任公司", legalRep: "张三", regStatus: "存续" } }) { id } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_USCC', field: 'certNo' });
    expect(errors?.[0].message).toMatch(/统一社会信用代码/);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  test('health is 200 while every subgraph answers', async () => {
    const response = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(Object.keys(body.subgraphs).sort()).toEqual(['catalog', 'complaints', 'credit', 'enforcement', 'knowledge', 'subjects']);
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
