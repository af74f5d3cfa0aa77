import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import complaints from '../src';
import { chinaDate, chinaToday } from '@hub/codes';
import { create } from './fixtures';

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([complaints], { seedScale: 0.01 });
  url = hub.subgraphs.complaints.url;
});
afterAll(() => hub?.stop());

const LIST = `query($filter: ComplaintFilter, $orderBy: ComplaintOrder, $page: PageArgs) {
  complaints(filter: $filter, orderBy: $orderBy, page: $page) {
    totalCount nodes { id no status channel kind territory assignedOrg receivedAt dueAt closedAt overdue subjectId }
    pageInfo { hasNextPage endCursor } } }`;
const list = async (variables: Record<string, unknown>) => {
  const { data, errors } = await graphqlRequest(url, LIST, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return data.complaints as { totalCount: number; nodes: any[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

describe('listing complaints', () => {
  test('lists the seeded city newest first', async () => {
    const page = await list({ page: { first: 10 } });
    expect(page.totalCount).toBe(200);
    const received = page.nodes.map((n) => n.receivedAt);
    expect(received).toEqual([...received].sort().reverse());
  });

  test.each(['receivedAt', 'dueAt', 'createdAt'])('pages through all rows ordered by %s without gaps or repeats', async (field) => {
    const seen: any[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      if (++pages > 20) throw new Error('pagination does not end');
      const page = await list({ orderBy: { field, direction: 'ASC' }, page: { first: 37, after } });
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const total = (await list({})).totalCount;
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    if (field !== 'createdAt') {
      const values = seen.map((n) => n[field]);
      expect(values).toEqual([...values].sort());
    }
  });

  test('filters by status, channel, kind, territory, organisation, subject and receipt dates', async () => {
    const all = (await list({ page: { first: 500 } })).nodes;
    expect(all).toHaveLength(200);
    const sample = all[0];
    const day = (n: any) => chinaDate(new Date(n.receivedAt));
    const checks: [Record<string, unknown>, (n: any) => boolean][] = [
      [{ status: ['closed', 'rejected'] }, (n) => n.status === 'closed' || n.status === 'rejected'],
      [{ status: sample.status }, (n) => n.status === sample.status],
      [{ channel: ['hotline12315', 'website'] }, (n) => n.channel === 'hotline12315' || n.channel === 'website'],
      [{ kind: ['tip'] }, (n) => n.kind === 'tip'],
      [{ territoryPrefix: sample.territory }, (n) => n.territory === sample.territory],
      [{ territoryPrefix: '330100' }, (n) => n.territory.startsWith('3301')],
      [{ assignedOrg: sample.assignedOrg }, (n) => n.assignedOrg === sample.assignedOrg],
      [{ subjectId: sample.subjectId }, (n) => n.subjectId === sample.subjectId],
      [{ receivedFrom: '2025-01-01', receivedTo: '2025-06-30' }, (n) => day(n) >= '2025-01-01' && day(n) <= '2025-06-30'],
      [{ kind: ['complaint'], channel: ['hotline12345'], status: ['closed'] }, (n) => n.kind === 'complaint' && n.channel === 'hotline12345' && n.status === 'closed'],
    ];
    for (const [filter, holds] of checks) {
      const expected = all.filter(holds).map((n) => n.id).sort();
      expect(expected.length).toBeGreaterThan(0);
      const { nodes, totalCount } = await list({ filter, page: { first: 500 } });
      expect(totalCount).toBe(expected.length);
      expect(nodes.map((n) => n.id).sort()).toEqual(expected);
    }
    const bad = await graphqlRequest(url, LIST, { filter: { territoryPrefix: '33a' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_AD_CODE', field: 'territoryPrefix' });
  });

  test('a receipt date range counts whole days in China', async () => {
    const org = '区间测试局';
    await create(url, { assignedOrg: org, receivedAt: '2026-03-01T23:30:00+08:00' });
    await create(url, { assignedOrg: org, receivedAt: '2026-03-02T00:10:00+08:00' });
    const { nodes } = await list({ filter: { assignedOrg: org, receivedFrom: '2026-03-01', receivedTo: '2026-03-01' } });
    expect(nodes.map((n) => n.receivedAt)).toEqual(['2026-03-01T15:30:00.000Z']);
  });

  test('overdue: open past its due date, or closed after it', async () => {
    const org = '超期测试局';
    const today = chinaToday();
    const openLate = await create(url, { assignedOrg: org, receivedAt: '2026-01-05T09:00:00+08:00' });
    const openInTime = await create(url, { assignedOrg: org, receivedAt: `${today}T00:00:00+08:00`, dueAt: '2099-12-31' });
    const closedLate = await create(url, { assignedOrg: org, receivedAt: '2026-01-05T09:00:00+08:00', status: 'closed', result: '已办结', closedAt: '2026-03-01' });
    const closedInTime = await create(url, { assignedOrg: org, receivedAt: '2026-01-05T09:00:00+08:00', status: 'closed', result: '已办结', closedAt: '2026-01-26' });
    const closedOnDueDay = await create(url, { assignedOrg: org, receivedAt: '2026-01-05T09:00:00+08:00', status: 'rejected', result: '不予受理', closedAt: '2026-01-26' });
    expect(closedOnDueDay.complaint.dueAt).toBe('2026-01-26');

    const overdue = await list({ filter: { assignedOrg: org, overdue: true } });
    expect(overdue.nodes.map((n) => n.id).sort()).toEqual([openLate, closedLate].map((c) => c.complaint.id).sort());
    const onTime = await list({ filter: { assignedOrg: org, overdue: false } });
    expect(onTime.nodes.map((n) => n.id).sort()).toEqual([openInTime, closedInTime, closedOnDueDay].map((c) => c.complaint.id).sort());
    for (const n of overdue.nodes) expect(n.overdue).toBe(true);
    for (const n of onTime.nodes) expect(n.overdue).toBe(false);
  });

  test('the overdue filter and the overdue field agree on the whole seeded city', async () => {
    const overdue = await list({ filter: { overdue: true }, page: { first: 500 } });
    const onTime = await list({ filter: { overdue: false }, page: { first: 500 } });
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(onTime.totalCount).toBeGreaterThan(0);
    expect(overdue.totalCount + onTime.totalCount).toBe((await list({})).totalCount);
    for (const n of overdue.nodes) expect(n.overdue).toBe(true);
    for (const n of onTime.nodes) expect(n.overdue).toBe(false);
  });

  test('a bad cursor and a page too large are client errors', async () => {
    expect((await graphqlRequest(url, LIST, { page: { after: 'bm9wZQ' } })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
    expect((await graphqlRequest(url, LIST, { page: { first: 1001 } })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_PAGE_SIZE', field: 'first' });
  });

  test('looks a complaint up by id and by number', async () => {
    const [node] = (await list({ page: { first: 1 } })).nodes;
    const byId = await graphqlRequest(url, 'query($id: ID!) { complaint(id: $id) { no } }', { id: node.id });
    expect(byId.data.complaint.no).toBe(node.no);
    const byNo = await graphqlRequest(url, 'query($no: String!) { complaintByNo(no: $no) { id } }', { no: node.no.toLowerCase() });
    expect(byNo.data.complaintByNo.id).toBe(node.id);
    const missing = await graphqlRequest(url, '{ complaint(id: "nope") { id } unknownNo: complaintByNo(no: "TS0") { id } }');
    expect(missing).toEqual({ data: { complaint: null, unknownNo: null } });
  });
});
