import { createFrame, subjectAt } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { queryCounter } from '@hub/runtime';
import { createContext } from '@hub/runtime';
import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import enforcement from '../src';

const SCALE = 0.01;
let hub: TestHub;
let url: string;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
const sql = async <T = any>(query: string, params: unknown[] = []) =>
  (await hub.subgraphs.enforcement.orm.em.fork().getConnection().execute(query, params)) as T[];

beforeAll(async () => {
  hub = await startTestSubgraphs([enforcement], { seedScale: SCALE });
  url = hub.subgraphs.enforcement.url;
});
afterAll(() => hub?.stop());

const SUBJECT_BEHAVIOUR = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
  id inspectionCount inspections(first: 5) { id checkDate penalties { decisionNo } } penalties { decisionNo } coercions { id } } } }`;

describe('seeded city', () => {
  test('writes every inspection of the frame with its enforcers, and re-seeding adds nothing', async () => {
    const [{ n }] = await sql('select count(*)::int as n from enforcement.inspection');
    expect(n).toBe(frame.inspectionCount);
    const [{ e }] = await sql('select count(*)::int as e from enforcement.enforcer');
    expect(e).toBe(frame.enforcerCount);
    const [{ p }] = await sql('select count(*)::int as p from enforcement.penalty');
    expect(p).toBeGreaterThan(0);
    const again = await enforcement.seed!(createContext(hub.subgraphs.enforcement.orm).em, { scale: SCALE, dataDir: resolveDataDir() });
    expect(again).toEqual({ enforcers: 0, inspections: 0, inspectors: 0, penalties: 0, coercions: 0, otherActions: 0 });
  });

  test('every seeded inspection has at least two inspectors valid on its date', async () => {
    const bad = await sql(`select i.id from enforcement.inspection i where (
      select count(*) from enforcement.inspection_inspector x join enforcement.enforcer e on e.id = x.enforcer_id
      where x.inspection_id = i.id and e.status = 'active' and e.cert_valid_from <= i.check_date and e.cert_valid_to >= i.check_date) < 2`);
    expect(bad).toEqual([]);
  });

  test('seeded penalties keep 立案 < 结案 < 报送 and follow their inspection', async () => {
    const bad = await sql(`select p.id from enforcement.penalty p join enforcement.inspection i on i.id = p.inspection_id
      where p.decision_date < i.check_date or (p.closing->>'date')::date <= p.filed_at
         or p.reported_at <= ((p.closing->>'date') || 'T00:00:00+08:00')::timestamptz`);
    expect(bad).toEqual([]);
  });

  test('seeded conflicts point at city subjects', async () => {
    const rows = await sql<{ subject_id: string }>(`select c->>'subjectId' as subject_id from enforcement.enforcer, jsonb_array_elements(conflicts) c`);
    const ids = new Set(Array.from({ length: frame.subjectCount }, (_, i) => subjectAt(frame, i).id));
    for (const r of rows) expect(ids.has(r.subject_id)).toBe(true);
  });
});

describe('federation', () => {
  const subjects = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Subject', id: subjectAt(frame, i).id }));

  test('subjects get their newest inspections, penalties and counts', async () => {
    const { data, errors } = await graphqlRequest(url, SUBJECT_BEHAVIOUR, { r: subjects(frame.subjectCount) });
    expect(errors).toBeUndefined();
    const counts = await sql<{ subject_id: string; n: number }>('select subject_id, count(*)::int as n from enforcement.inspection group by subject_id');
    const expected = new Map(counts.map((c) => [c.subject_id, c.n]));
    for (const s of data._entities) {
      expect(s.inspectionCount).toBe(expected.get(s.id) ?? 0);
      expect(s.inspections.length).toBe(Math.min(5, s.inspectionCount));
      const dates = s.inspections.map((i: any) => i.checkDate);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    const busiest = data._entities.reduce((a: any, b: any) => (b.inspectionCount > a.inspectionCount ? b : a));
    expect(busiest.inspectionCount).toBeGreaterThan(5);
    expect(data._entities.some((s: any) => s.penalties.length > 0)).toBe(true);
  });

  test('the number of SQL statements does not grow with the number of subjects', async () => {
    const statementsFor = async (n: number) => {
      queryCounter.reset();
      const { data, errors } = await graphqlRequest(url, SUBJECT_BEHAVIOUR, { r: subjects(n) });
      expect(errors).toBeUndefined();
      expect(data._entities).toHaveLength(n);
      return queryCounter.count;
    };
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(5);
  });

  test('enforcers resolve by id and by certificate number; inspections by id', async () => {
    const [e] = await sql('select id, cert_no from enforcement.enforcer order by cert_no limit 1');
    const [i] = await sql('select id from enforcement.inspection limit 1');
    const { data } = await graphqlRequest(url, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Enforcer { id certNo } ... on Inspection { id inspectors { certNo } subject { id } item { itemCode } implList { code } } } }`, {
      r: [{ __typename: 'Enforcer', id: e.id }, { __typename: 'Enforcer', certNo: e.cert_no }, { __typename: 'Inspection', id: i.id }, { __typename: 'Inspection', id: 'nope' }],
    });
    expect(data._entities[0]).toEqual({ id: e.id, certNo: e.cert_no });
    expect(data._entities[1]).toEqual({ id: e.id, certNo: e.cert_no });
    expect(data._entities[2].inspectors.length).toBeGreaterThanOrEqual(2);
    expect(data._entities[2].subject.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(data._entities[2].item.itemCode).toMatch(/^\d{14}$/);
    expect(data._entities[3]).toBeNull();
  });

  test('penalties expose their basis articles as knowledge stubs', async () => {
    const [p] = await sql(`select id, basis_article_ids::text[] as ids from enforcement.penalty where cardinality(basis_article_ids) > 0 limit 1`);
    if (!p) return expect(frame.laws.some((l) => l.penaltyBases.some((b) => b.articleId))).toBe(false);
    const { data } = await graphqlRequest(url, 'query($id: ID!) { penalty(id: $id) { basisArticles { id } inspection { id } } }', { id: p.id });
    expect(data.penalty.basisArticles).toEqual(p.ids.map((id: string) => ({ id })));
  });
});

describe('lists', () => {
  test('inspection pages follow each other without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    const filter = { adCodePrefix: '3301', checkDateFrom: '2024-01-01', checkDateTo: '2025-06-30' };
    do {
      const page: any = await graphqlRequest(url, `query($f: InspectionFilter, $after: String) { inspections(filter: $f, page: { first: 37, after: $after }, orderBy: { field: checkDate, direction: DESC }) {
        totalCount nodes { id checkDate adCode } pageInfo { endCursor hasNextPage } } }`, { f: filter, after });
      expect(page.errors).toBeUndefined();
      total = page.data.inspections.totalCount;
      for (const n of page.data.inspections.nodes) {
        expect(n.checkDate >= '2024-01-01' && n.checkDate <= '2025-06-30').toBe(true);
        expect(n.adCode.startsWith('3301')).toBe(true);
      }
      seen.push(...page.data.inspections.nodes.map((n: any) => n.id));
      after = page.data.inspections.pageInfo.hasNextPage ? page.data.inspections.pageInfo.endCursor : null;
    } while (after);
    const [{ n }] = await sql(`select count(*)::int as n from enforcement.inspection where check_date between '2024-01-01' and '2025-06-30'`);
    expect(total).toBe(n);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  test('penalties filter by type and decision date', async () => {
    const { data, errors } = await graphqlRequest(url, '{ penalties(filter: { penaltyType: "02", decisionDateFrom: "2024-01-01" }, page: { first: 500 }) { totalCount nodes { penaltyTypes decisionDate fineYuan } } }');
    expect(errors).toBeUndefined();
    const [{ n }] = await sql(`select count(*)::int as n from enforcement.penalty where '02' = any(penalty_types) and decision_date >= '2024-01-01'`);
    expect(data.penalties.totalCount).toBe(n);
    for (const p of data.penalties.nodes) {
      expect(p.penaltyTypes).toContain('02');
      expect(p.fineYuan).toBeGreaterThan(0);
    }
  });

  test('a subject id that is not a uuid is a client error', async () => {
    const { errors } = await graphqlRequest(url, '{ inspections(filter: { subjectId: "x" }) { totalCount } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID', field: 'subjectId' });
  });
});
