import { HubUser, maskCitizenId, maskName, PUBLIC_USER } from '@hub/runtime';
import { asUser, graphqlRequest, publicElements, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import { resolveDataDir } from '@hub/codes';
import { cityUser, complaintAt, createFrame, DEPARTMENTS } from '@hub/city';
import complaints from '../src';
import { CREATE, newComplaint, TRACK } from './fixtures';

// The authorisation matrix of 投诉举报库: for every role, exactly which complaints each root field, Subject's
// complaint fields and `_entities` answer, which writes are refused, and how the complainant is masked.

const SCALE = 0.01;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
const SCJG = DEPARTMENTS.find((d) => d.code === 'SCJG')!.name;
const STHJ = DEPARTMENTS.find((d) => d.code === 'STHJ')!.name;

interface Placed { id: string; no: string; territory: string; assignedOrg: string; subjectId: string | null }
const seeded: Placed[] = Array.from({ length: frame.complaintCount }, (_, k) => {
  const c = complaintAt(frame, k);
  return { id: c.id, no: c.no, territory: c.territory, assignedOrg: c.assignedOrg, subjectId: c.subject.id };
});
/** The county with the most SCJG complaints: its SCJG staff must see some, and not all. */
const COUNTY = mostCommon(seeded.filter((c) => c.assignedOrg === SCJG).map((c) => c.territory));
const OTHER_COUNTY = seeded.find((c) => c.territory !== COUNTY)!.territory;

let hub: TestHub;
let url: string;
/** Seeded complaints plus two the seed city lacks: one in another province, one assigned to no department's name. */
let all: Placed[];

beforeAll(async () => {
  hub = await startTestSubgraphs([complaints], { seedScale: SCALE });
  url = hub.subgraphs.complaints.url;
  const extra: Placed[] = [];
  for (const input of [newComplaint({ territory: '110105', assignedOrg: SCJG }), newComplaint({ territory: COUNTY, assignedOrg: '杭州市西湖区市场监督管理局' })]) {
    const { data } = await graphqlRequest(url, CREATE, { input });
    extra.push({ ...data.createComplaint.complaint, subjectId: null });
  }
  all = [...seeded, ...extra];
});
afterAll(() => hub?.stop());

type Viewer = { name: string; user: HubUser | null; sees: (c: Placed) => boolean };
const inCity = (c: Placed) => c.territory.startsWith('3301');
const VIEWERS: Viewer[] = [
  { name: 'public', user: PUBLIC_USER, sees: () => false },
  { name: 'SCJG staff 330100', user: cityUser(frame, 'staff', 'SCJG', '330100') as HubUser, sees: (c) => inCity(c) && c.assignedOrg === SCJG },
  { name: 'SCJG staff of the county', user: cityUser(frame, 'staff', 'SCJG', COUNTY) as HubUser, sees: (c) => c.territory === COUNTY && c.assignedOrg === SCJG },
  { name: 'STHJ staff 330100', user: cityUser(frame, 'staff', 'STHJ', '330100') as HubUser, sees: (c) => inCity(c) && c.assignedOrg === STHJ },
  { name: 'SCJG staff of another city (330200)', user: cityUser(frame, 'staff', 'SCJG', '330200') as HubUser, sees: () => false },
  { name: 'leader', user: cityUser(frame, 'leader', 'SCJG', '330100') as HubUser, sees: inCity },
  { name: 'city_admin', user: cityUser(frame, 'city_admin', null, '330100') as HubUser, sees: inCity },
  { name: 'auditor', user: cityUser(frame, 'auditor', null, '330100') as HubUser, sees: () => true },
  { name: 'system', user: null, sees: () => true },
];

const request = async (who: Viewer | HubUser | null, query: string, variables: Record<string, unknown> = {}) => {
  const user = who && 'sees' in who ? who.user : who;
  return graphqlRequest(url, query, variables, user ? await asUser(user) : {});
};

const LIST = '{ complaints(page: { first: 500 }) { totalCount nodes { id territory assignedOrg } } }';
const BY_KEY = 'query($id: ID!, $no: String!) { complaint(id: $id) { id } complaintByNo(no: $no) { id } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }';
const OF_SUBJECTS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Subject { id complaints(first: 100) { id territory assignedOrg } complaintCount } } }`;

describe.each(VIEWERS)('$name', (viewer) => {
  const expected = () => all.filter(viewer.sees);

  test('complaints lists exactly the complaints in scope, and counts them', async () => {
    const { data, errors } = await request(viewer, LIST);
    expect(errors).toBeUndefined();
    expect(data.complaints.nodes.map((n: any) => n.id).sort()).toEqual(expected().map((c) => c.id).sort());
    expect(data.complaints.totalCount).toBe(expected().length);
    for (const node of data.complaints.nodes) expect(viewer.sees(node)).toBe(true);
  });

  test('complaint and complaintByNo answer inside the scope and null outside it', async () => {
    for (const c of [expected()[0], all.find((x) => !viewer.sees(x))]) {
      if (!c) continue;
      const { data, errors } = await request(viewer, BY_KEY, { id: c.id, no: c.no });
      expect(errors).toBeUndefined();
      const answer = viewer.sees(c) ? { id: c.id } : null;
      expect(data).toEqual({ complaint: answer, complaintByNo: answer });
    }
  });

  test('_entities resolves exactly the complaints in scope', async () => {
    const { data, errors } = await request(viewer, ENTITIES, { r: all.map((c) => ({ __typename: 'Complaint', id: c.id })) });
    expect(errors).toBeUndefined();
    expect(data._entities.map((e: any) => e?.id ?? null)).toEqual(all.map((c) => (viewer.sees(c) ? c.id : null)));
  });

  test('Subject.complaints and complaintCount hold only the complaints in scope', async () => {
    const subjectIds = [...new Set(seeded.map((c) => c.subjectId!))];
    const { data, errors } = await request(viewer, OF_SUBJECTS, { r: subjectIds.map((id) => ({ __typename: 'Subject', id })) });
    expect(errors).toBeUndefined();
    const listed = data._entities.flatMap((s: any) => s.complaints);
    for (const c of listed) expect(viewer.sees(c)).toBe(true);
    const visibleSeeded = seeded.filter(viewer.sees).map((c) => c.id).sort();
    expect(listed.map((c: any) => c.id).sort()).toEqual(visibleSeeded);
    expect(data._entities.reduce((n: number, s: any) => n + s.complaintCount, 0)).toBe(visibleSeeded.length);
  });
});

test('the matrix is not vacuous: each department and county sees some complaints, and not all', () => {
  for (const viewer of VIEWERS.filter((v) => v.name.startsWith('S') && !v.name.includes('another'))) {
    const seen = all.filter(viewer.sees).length;
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(all.length);
  }
  expect(all.filter(VIEWERS[2].sees).length).toBeLessThan(all.filter(VIEWERS[1].sees).length);
});

describe('writes', () => {
  const countyStaff = cityUser(frame, 'staff', 'SCJG', COUNTY) as HubUser;
  const CHANGE = 'mutation($id: ID!, $v: Int!) { changeComplaintStatus(id: $id, status: handling, expectedVersion: $v) { id status } }';
  const UPDATE = 'mutation($id: ID!, $input: UpdateComplaintInput!, $v: Int!) { updateComplaint(id: $id, input: $input, expectedVersion: $v) { id } }';
  const mine = (input: Record<string, unknown> = {}) => newComplaint({ territory: COUNTY, assignedOrg: SCJG, ...input });

  test('staff register complaints of their department in their region; the department is recorded; the write is audited', async () => {
    const { data, errors } = await request(countyStaff, CREATE, { input: mine({ sourceDept: 'STHJ' }) });
    expect(errors).toBeUndefined();
    const { id } = data.createComplaint.complaint;
    const { data: read } = await request(countyStaff, 'query($id: ID!) { complaint(id: $id) { sourceDept } }', { id });
    expect(read.complaint.sourceDept).toBe('SCJG');
    expect(await auditRows(`entity_type = 'Complaint' and ? = any(entity_ids)`, [id])).toEqual([
      expect.objectContaining({ operation: 'create:createComplaint', actor_id: countyStaff.id, role: 'staff', dept: 'SCJG' }),
    ]);
  });

  test('another region or another department → FORBIDDEN with the field', async () => {
    const region = await request(countyStaff, CREATE, { input: mine({ territory: OTHER_COUNTY }) });
    expect(region.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'territory' });
    const dept = await request(countyStaff, CREATE, { input: mine({ assignedOrg: STHJ }) });
    expect(dept.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'assignedOrg' });
  });

  test('only the assigned department in its region handles a complaint', async () => {
    const sthj = seeded.find((c) => c.assignedOrg === STHJ)!;
    const leader = cityUser(frame, 'leader', 'SCJG', '330100') as HubUser;
    for (const user of [countyStaff, leader]) {
      const { errors } = await request(user, CHANGE, { id: sthj.id, v: 1 });
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    }
    const { data } = await request(countyStaff, CREATE, { input: mine() });
    const { id } = data.createComplaint.complaint;
    const moved = await request(countyStaff, UPDATE, { id, v: 1, input: { assignedOrg: STHJ } });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'assignedOrg' });
    const outside = await request(cityUser(frame, 'staff', 'SCJG', OTHER_COUNTY) as HubUser, CHANGE, { id, v: 1 });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const handled = await request(leader, CHANGE, { id, v: 1 });
    expect(handled.errors).toBeUndefined();
    expect(handled.data.changeComplaintStatus).toEqual({ id, status: 'handling' });
    expect(await auditRows(`entity_type = 'Complaint' and ? = any(entity_ids) and operation like 'update:%'`, [id])).toEqual([
      expect.objectContaining({ operation: 'update:changeComplaintStatus', actor_id: leader.id, role: 'leader' }),
    ]);
  });

  test('auditors and admins are FORBIDDEN, the public UNAUTHENTICATED', async () => {
    for (const role of ['auditor', 'city_admin'] as const) {
      const { errors } = await request(cityUser(frame, role, null, '330100') as HubUser, CREATE, { input: mine() });
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await request(PUBLIC_USER, CREATE, { input: mine() });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const change = await request(PUBLIC_USER, CHANGE, { id: seeded[0].id, v: 1 });
    expect(change.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('personal data', () => {
  const staff = cityUser(frame, 'staff', 'SCJG', COUNTY) as HubUser;
  const auditor = cityUser(frame, 'auditor', null, '330100') as HubUser;
  const PERSON = `query($id: ID!, $reveal: Boolean, $reason: String) { complaint(id: $id) {
    complainantName(reveal: $reveal, reason: $reason) complainantPhoneMasked(reveal: $reveal, reason: $reason) targetCertNo(reveal: $reveal, reason: $reason) } }`;
  const person = { complainantName: '欧阳娜娜', complainantPhone: '13812345678', targetCertNo: '11010519491231002X' };
  let complaint: { id: string; no: string };
  let queryCode: string;

  beforeAll(async () => {
    const { data } = await request(staff, CREATE, { input: newComplaint({ territory: COUNTY, assignedOrg: SCJG, ...person }) });
    complaint = data.createComplaint.complaint;
    queryCode = data.createComplaint.queryCode;
  });

  test.each([['staff', staff], ['auditor', auditor], ['system', null]] as const)('name, phone and a citizen ID are masked for %s', async (_role, user) => {
    const { data } = await request(user, PERSON, { id: complaint.id });
    expect(data.complaint).toEqual({ complainantName: maskName(person.complainantName), complainantPhoneMasked: '138****5678', targetCertNo: maskCitizenId(person.targetCertNo) });
  });

  test('revealing needs a reason; with one it returns the full values and is audited field by field', async () => {
    const noReason = await request(staff, PERSON, { id: complaint.id, reveal: true });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(JSON.stringify(noReason)).not.toMatch(/欧阳娜娜|13812345678|11010519491231002X/);

    const reason = `回访投诉人 ${Date.now()}`;
    const { data, errors } = await request(staff, PERSON, { id: complaint.id, reveal: true, reason });
    expect(errors).toBeUndefined();
    expect(data.complaint).toEqual({ complainantName: person.complainantName, complainantPhoneMasked: person.complainantPhone, targetCertNo: person.targetCertNo });
    const rows = await auditRows('reason = ?', [reason]);
    expect(rows.map((r: any) => r.fields[0]).sort()).toEqual(['complainantName', 'complainantPhone', 'targetCertNo']);
    for (const row of rows) expect(row).toMatchObject({ operation: 'reveal', entity_type: 'Complaint', entity_ids: [complaint.id], actor_id: staff.id, role: 'staff' });
  });

  test('roles without need cannot reveal; the public cannot reach a complaint to reveal', async () => {
    const admin = await request(cityUser(frame, 'city_admin', null, '330100') as HubUser, PERSON, { id: complaint.id, reveal: true, reason: '查看' });
    expect(admin.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(admin)).not.toMatch(/欧阳娜娜|13812345678|11010519491231002X/);
    const anonymous = await request(PUBLIC_USER, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { complainantName(reveal: true, reason: "查看") } } }', {
      r: [{ __typename: 'Complaint', id: complaint.id }],
    });
    expect(anonymous.data._entities).toEqual([null]);
  });

  test('the public tracks its own complaint by number and code, and sees nothing of the complainant', async () => {
    const tracked = await request(PUBLIC_USER, TRACK, { no: complaint.no, code: queryCode });
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data.trackComplaint).toMatchObject({ no: complaint.no, status: 'accepted' });
    const identity = await request(PUBLIC_USER, 'query($no: String!, $code: String!) { trackComplaint(no: $no, queryCode: $code) { complainantName } }', { no: complaint.no, code: queryCode });
    expect(identity.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrong = await request(PUBLIC_USER, TRACK, { no: complaint.no, code: queryCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' });
    const unknown = await request(PUBLIC_USER, TRACK, { no: 'TS209901010000001', code: queryCode });
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  test('the public contract holds tracking only, and no personal field', async () => {
    const { data } = await graphqlRequest(url, '{ _service { sdl } }');
    expect(publicElements(data._service.sdl)).toEqual(
      ['ComplaintTracking', 'Query.trackComplaint', ...['no', 'status', 'receivedAt', 'dueAt', 'closedAt', 'result'].map((f) => `ComplaintTracking.${f}`)].sort(),
    );
  });
});

async function auditRows(where: string, params: unknown[]) {
  return hub.subgraphs.complaints.orm.em.getConnection().execute<any[]>(
    `select operation, entity_type, entity_ids, fields, reason, actor_id, role, dept from audit.audit_log where ${where} order by seq`, params);
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
