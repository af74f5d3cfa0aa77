import { createContext, queryCounter } from '@hub/runtime';
import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import { resolveDataDir } from '@hub/codes';
import { complaintAt, createFrame, subjectAt } from '@hub/city';
import complaints from '../src';
import { defaultDueAt } from '../src/rules/calendar';

const SCALE = 0.01;
let hub: TestHub;
let url: string;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });

beforeAll(async () => {
  hub = await startTestSubgraphs([complaints], { seedScale: SCALE });
  url = hub.subgraphs.complaints.url;
});
afterAll(() => hub?.stop());

const SUBJECT_COMPLAINTS = `query($r: [_Any!]!, $first: Int, $status: [ComplaintStatus!]) { _entities(representations: $r) {
  ... on Subject { id complaints(first: $first, status: $status) { id receivedAt status subject { id } } complaintCount recent: complaintCount(sinceDays: 30) } } }`;
const subjectRefs = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Subject', id: subjectAt(frame, i).id }));

describe('federation', () => {
  test('resolves complaints by reference, unknown and malformed ids as null', async () => {
    const { data } = await graphqlRequest(url, '{ complaints(page: { first: 2 }) { nodes { id no } } }');
    const [a, b] = data.complaints.nodes;
    const refs = await graphqlRequest(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id no } } }', {
      r: [{ __typename: 'Complaint', id: b.id }, { __typename: 'Complaint', id: a.id }, { __typename: 'Complaint', id: '00000000-0000-4000-8000-000000000000' }, { __typename: 'Complaint', id: 'x' }],
    });
    expect(refs.errors).toBeUndefined();
    expect(refs.data._entities).toEqual([b, a, null, null]);
  });

  test('Subject.complaints is newest first, limited per subject, and agrees with the list and the count', async () => {
    const { data, errors } = await graphqlRequest(url, SUBJECT_COMPLAINTS, { r: subjectRefs(100), first: 3 });
    expect(errors).toBeUndefined();
    const busiest = [...data._entities].sort((x: any, y: any) => y.complaintCount - x.complaintCount)[0];
    expect(busiest.complaintCount).toBeGreaterThan(3);
    expect(busiest.complaints).toHaveLength(3);
    const listed = await graphqlRequest(url, 'query($s: ID!) { complaints(filter: { subjectId: $s }, page: { first: 100 }) { totalCount nodes { id } } }', { s: busiest.id });
    expect(listed.data.complaints.totalCount).toBe(busiest.complaintCount);
    expect(busiest.complaints.map((c: any) => c.id)).toEqual(listed.data.complaints.nodes.slice(0, 3).map((n: any) => n.id));
    for (const c of busiest.complaints) expect(c.subject).toEqual({ id: busiest.id });
    const total = data._entities.reduce((sum: number, s: any) => sum + s.complaintCount, 0);
    expect(total).toBe(200);
    for (const s of data._entities) expect(s.recent).toBeLessThanOrEqual(s.complaintCount);
  });

  test('Subject.complaints filters by status and checks its limit', async () => {
    const { data } = await graphqlRequest(url, SUBJECT_COMPLAINTS, { r: subjectRefs(100), first: 100, status: ['closed'] });
    const closed = data._entities.flatMap((s: any) => s.complaints);
    expect(closed.length).toBeGreaterThan(0);
    for (const c of closed) expect(c.status).toBe('closed');
    const tooMany = await graphqlRequest(url, SUBJECT_COMPLAINTS, { r: subjectRefs(1), first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'INVALID_PAGE_SIZE', field: 'first' });
  });

  test('the number of SQL statements does not grow with the number of subjects', async () => {
    const statementsFor = async (n: number) => {
      queryCounter.reset();
      const { errors } = await graphqlRequest(url, SUBJECT_COMPLAINTS, { r: subjectRefs(n), first: 5 });
      expect(errors).toBeUndefined();
      return queryCounter.count;
    };
    // graphql-js answers as soon as a non-null field fails, so the failed request of the test before may
    // still be finishing its sibling loads: one request first lets them land before counting.
    await statementsFor(1);
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    // complaints, complaintCount and complaintCount(sinceDays): one statement each.
    expect(ten).toBe(3);
  });
});

describe('seed', () => {
  test('re-running the seed inserts nothing and changes nothing', async () => {
    const before = await graphqlRequest(url, '{ complaints(page: { first: 1 }) { totalCount } }');
    const result = await complaints.seed!(createContext(hub.subgraphs.complaints.orm).em, { scale: SCALE, dataDir: resolveDataDir() });
    expect(result).toEqual({ complaints: 0 });
    const after = await graphqlRequest(url, '{ complaints(page: { first: 1 }) { totalCount } }');
    expect(after.data.complaints.totalCount).toBe(before.data.complaints.totalCount);
  });

  test('seeded rows are the city complaints, with the due dates this library would give them', async () => {
    for (const k of [0, 1, 57, 199]) {
      const city = complaintAt(frame, k);
      const { data } = await graphqlRequest(url, `query($no: String!) { complaintByNo(no: $no) { id subjectId targetName targetCertNo territory
        status dueAt closedAt result satisfaction complainantPhoneMasked receivedAt sourceDept } }`, { no: city.no });
      expect(data.complaintByNo).toEqual({
        id: city.id, subjectId: city.subject.id, targetName: city.subject.name, targetCertNo: city.subject.certNo, territory: city.territory,
        status: { 受理: 'accepted', 办理: 'handling', 办结: 'closed', 不予受理: 'rejected' }[city.status], dueAt: city.dueAt, closedAt: city.closedAt,
        result: city.result, satisfaction: city.satisfaction, complainantPhoneMasked: city.complainantPhone,
        receivedAt: new Date(city.receivedAt).toISOString(), sourceDept: 'SEED',
      });
      expect(defaultDueAt(new Date(city.receivedAt))).toBe(city.dueAt);
    }
  });
});
