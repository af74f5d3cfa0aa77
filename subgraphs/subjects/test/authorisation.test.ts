import { HubUser, maskCitizenId, PUBLIC_USER } from '@hub/runtime';
import { asUser, graphqlRequest, publicElements, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import { resolveDataDir } from '@hub/codes';
import { cityUser, createFrame, subjectAt } from '@hub/city';
import subjects from '../src';

// The authorisation matrix of 监管对象库: for every role, exactly which subjects each root field and
// `_entities` (both keys) answers, what writes are refused, and how personal data is masked and revealed.

const SCALE = 0.01;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
const city = Array.from({ length: frame.subjectCount }, (_, i) => subjectAt(frame, i));
/** The county with the most seeded subjects: its staff must see some, and not all. */
const COUNTY = mostCommon(city.map((s) => s.adCode));
const OTHER_COUNTY = city.find((s) => s.adCode !== COUNTY)!.adCode;

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([subjects], { seedScale: SCALE });
  url = hub.subgraphs.subjects.url;
});
afterAll(() => hub?.stop());

type Viewer = { name: string; user: HubUser | null; sees: (adCode: string) => boolean };
const everything = () => true;
const nothing = () => false;
const VIEWERS: Viewer[] = [
  { name: 'public', user: PUBLIC_USER, sees: nothing },
  { name: 'SCJG staff 330100', user: cityUser(frame, 'staff', 'SCJG', '330100') as HubUser, sees: (a) => a.startsWith('3301') },
  { name: `SCJG staff ${COUNTY}`, user: cityUser(frame, 'staff', 'SCJG', COUNTY) as HubUser, sees: (a) => a === COUNTY },
  { name: 'STHJ staff 330100', user: cityUser(frame, 'staff', 'STHJ', '330100') as HubUser, sees: (a) => a.startsWith('3301') },
  { name: 'SCJG staff of another city (330200)', user: cityUser(frame, 'staff', 'SCJG', '330200') as HubUser, sees: nothing },
  { name: 'leader', user: cityUser(frame, 'leader', 'SCJG', '330100') as HubUser, sees: (a) => a.startsWith('3301') },
  { name: 'city_admin', user: cityUser(frame, 'city_admin', null, '330100') as HubUser, sees: (a) => a.startsWith('3301') },
  { name: 'auditor', user: cityUser(frame, 'auditor', null, '330100') as HubUser, sees: everything },
  { name: 'system', user: null, sees: everything },
];

const as = async (viewer: Viewer | HubUser | null) => {
  const user = viewer && 'sees' in viewer ? viewer.user : viewer;
  return user ? asUser(user) : {};
};
const request = async (viewer: Viewer | HubUser | null, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(url, query, variables, await as(viewer));

const LIST = '{ subjects(page: { first: 500 }) { totalCount nodes { id adCode } } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id adCode } } }';

describe.each(VIEWERS)('$name', (viewer) => {
  const expected = city.filter((s) => viewer.sees(s.adCode));
  const inside = expected[0];
  const outside = city.find((s) => !viewer.sees(s.adCode));

  test('subjects lists exactly the subjects in scope, and counts them', async () => {
    const { data, errors } = await request(viewer, LIST);
    expect(errors).toBeUndefined();
    const ids = data.subjects.nodes.map((n: any) => n.id).sort();
    expect(ids).toEqual(expected.map((s) => s.id).sort());
    expect(data.subjects.totalCount).toBe(expected.length);
    for (const node of data.subjects.nodes) expect(viewer.sees(node.adCode)).toBe(true);
  });

  test('subject and subjectByCertNo answer inside the scope and null outside it', async () => {
    const query = 'query($id: ID!, $c: String!) { subject(id: $id) { id } subjectByCertNo(certNo: $c) { id } }';
    if (inside) {
      const { data } = await request(viewer, query, { id: inside.id, c: inside.certNo });
      expect(data).toEqual({ subject: { id: inside.id }, subjectByCertNo: { id: inside.id } });
    }
    if (outside) {
      const { data, errors } = await request(viewer, query, { id: outside.id, c: outside.certNo });
      expect(errors).toBeUndefined();
      expect(data).toEqual({ subject: null, subjectByCertNo: null });
    }
  });

  test('_entities by id and by certNo resolves exactly the subjects in scope', async () => {
    const byId = city.map((s) => ({ __typename: 'Subject', id: s.id }));
    const byCertNo = city.map((s) => ({ __typename: 'Subject', certNo: s.certNo }));
    for (const representations of [byId, byCertNo]) {
      const { data, errors } = await request(viewer, ENTITIES, { r: representations });
      expect(errors).toBeUndefined();
      expect(data._entities.map((e: any) => e?.id ?? null)).toEqual(city.map((s) => (viewer.sees(s.adCode) ? s.id : null)));
    }
  });
});

test('the matrix is not vacuous: the county sees some subjects but not all, the city all of its own', () => {
  const county = city.filter((s) => s.adCode === COUNTY).length;
  expect(county).toBeGreaterThan(0);
  expect(county).toBeLessThan(city.length);
  expect(city.every((s) => s.adCode.startsWith('3301'))).toBe(true);
});

describe('writes', () => {
  const CREATE = 'mutation($input: SubjectInput!) { createSubject(input: $input) { id adCode sourceDept } }';
  const UPDATE = 'mutation($id: ID!, $input: UpdateSubjectInput!) { updateSubject(id: $id, input: $input) { id name version } }';
  const USCCS = ['91330100716105852F', '911101081000004460', '914403001922038216', '91110108551385082Q', '91110000710926094P'];
  let next = 0;
  const legal = (adCode: string, extra: Record<string, unknown> = {}) => ({
    kind: 'legal', name: '授权测试有限公司', certType: '001', certNo: USCCS[next++ % USCCS.length], adCode,
    legalPerson: { entType: '有限责任公司', legalRep: '张三', regStatus: '存续' }, ...extra,
  });
  const countyStaff = cityUser(frame, 'staff', 'SCJG', COUNTY) as HubUser;

  test('staff create inside their region; the department is recorded, whatever the input says', async () => {
    const { data, errors } = await request(countyStaff, CREATE, { input: legal(COUNTY, { sourceDept: 'STHJ' }) });
    expect(errors).toBeUndefined();
    expect(data.createSubject).toMatchObject({ adCode: COUNTY, sourceDept: 'SCJG' });
    const rows = await auditRows(`entity_type = 'Subject' and ? = any(entity_ids)`, [data.createSubject.id]);
    expect(rows).toEqual([expect.objectContaining({ operation: 'create:createSubject', actor_id: countyStaff.id, role: 'staff', dept: 'SCJG' })]);
  });

  test('outside the region → FORBIDDEN on adCode; outside subjects cannot be updated (FORBIDDEN on id)', async () => {
    const out = await request(countyStaff, CREATE, { input: legal(OTHER_COUNTY) });
    expect(out.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'adCode' });
    const elsewhere = city.find((s) => s.adCode === OTHER_COUNTY && s.kind === 'legal')!;
    const update = await request(countyStaff, UPDATE, { id: elsewhere.id, input: { ...legal(OTHER_COUNTY), certNo: elsewhere.certNo, expectedVersion: 1 } });
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const mine = city.find((s) => s.adCode === COUNTY && s.kind === 'legal')!;
    const away = await request(countyStaff, UPDATE, { id: mine.id, input: { ...legal(OTHER_COUNTY), certNo: mine.certNo, legalPerson: mine.legalPerson, expectedVersion: 1 } });
    expect(away.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'adCode' });
  });

  test('a leader writes in the region; auditors and admins are FORBIDDEN; the public is UNAUTHENTICATED', async () => {
    const leader = await request(cityUser(frame, 'leader', 'STHJ', '330100') as HubUser, CREATE, { input: legal(OTHER_COUNTY) });
    expect(leader.errors).toBeUndefined();
    expect(leader.data.createSubject.sourceDept).toBe('STHJ');
    for (const role of ['auditor', 'city_admin'] as const) {
      const { errors } = await request(cityUser(frame, role, null, '330100') as HubUser, CREATE, { input: legal(COUNTY) });
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await request(PUBLIC_USER, CREATE, { input: legal(COUNTY) });
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });
});

describe('personal data', () => {
  const natural = city.find((s) => s.kind === 'natural')!;
  const legal = city.find((s) => s.kind === 'legal' && s.legalPerson?.legalRepCertNo)!;
  const auditor = cityUser(frame, 'auditor', null, '330100') as HubUser;
  const staff = cityUser(frame, 'staff', 'SCJG', '330100') as HubUser;
  const PERSON = 'query($id: ID!, $reveal: Boolean, $reason: String) { subject(id: $id) { id certNo certNoFull(reveal: $reveal, reason: $reason) } }';
  const REP = 'query($id: ID!, $reveal: Boolean, $reason: String) { subject(id: $id) { certNo legalPerson { legalRep legalRepCertNo(reveal: $reveal, reason: $reason) } } }';

  test.each([['staff', staff], ['auditor', auditor], ['system', null]] as const)('a natural person\'s certNo is masked for %s', async (_role, user) => {
    const { data } = await request(user, PERSON, { id: natural.id });
    expect(data.subject.certNo).toBe(maskCitizenId(natural.certNo));
    expect(data.subject.certNoFull).toBe(maskCitizenId(natural.certNo));
    expect(data.subject.certNo).not.toBe(natural.certNo);
  });

  test('a legal person\'s USCC is not personal; its representative\'s ID number is', async () => {
    const { data } = await request(staff, REP, { id: legal.id });
    expect(data.subject.certNo).toBe(legal.certNo);
    expect(data.subject.legalPerson.legalRepCertNo).toBe(maskCitizenId(legal.legalPerson!.legalRepCertNo));
  });

  test('revealing needs a reason; with one it returns the full value and is audited', async () => {
    const noReason = await request(staff, PERSON, { id: natural.id, reveal: true });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(JSON.stringify(noReason)).not.toContain(natural.certNo);
    const blank = await request(staff, PERSON, { id: natural.id, reveal: true, reason: '  ' });
    expect(blank.errors?.[0].extensions.code).toBe('REASON_REQUIRED');

    const reason = `核查资格证书 ${Date.now()}`;
    const { data, errors } = await request(auditor, PERSON, { id: natural.id, reveal: true, reason });
    expect(errors).toBeUndefined();
    expect(data.subject.certNoFull).toBe(natural.certNo);
    expect(data.subject.certNo).toBe(maskCitizenId(natural.certNo));
    expect(await auditRows('reason = ?', [reason])).toEqual([expect.objectContaining({
      operation: 'reveal', entity_type: 'Subject', entity_ids: [natural.id], fields: ['certNo'], actor_id: auditor.id, role: 'auditor',
    })]);

    const repReason = `核实法定代表人 ${Date.now()}`;
    const rep = await request(staff, REP, { id: legal.id, reveal: true, reason: repReason });
    expect(rep.data.subject.legalPerson.legalRepCertNo).toBe(legal.legalPerson!.legalRepCertNo);
    expect(await auditRows('reason = ?', [repReason])).toEqual([expect.objectContaining({
      operation: 'reveal', entity_type: 'Subject', entity_ids: [legal.id], fields: ['legalPerson.legalRepCertNo'], role: 'staff',
    })]);
  });

  test('roles without need cannot reveal, and the public sees no subject to reveal', async () => {
    const admin = await request(cityUser(frame, 'city_admin', null, '330100') as HubUser, PERSON, { id: natural.id, reveal: true, reason: '查看' });
    expect(admin.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(admin)).not.toContain(natural.certNo);
    const anonymous = await request(PUBLIC_USER, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { certNoFull(reveal: true, reason: "查看") } } }', {
      r: [{ __typename: 'Subject', id: natural.id }, { __typename: 'Subject', certNo: natural.certNo }],
    });
    expect(anonymous.data._entities).toEqual([null, null]);
  });

  test('a masked certNo joins nothing: credit asking by the masked key gets null, by the real one the subject', async () => {
    const { data } = await request(staff, ENTITIES, { r: [{ __typename: 'Subject', certNo: maskCitizenId(natural.certNo) }, { __typename: 'Subject', certNo: natural.certNo }] });
    expect(data._entities).toEqual([null, { id: natural.id, adCode: natural.adCode }]);
  });

  test('nothing in subjects is in the public contract', async () => {
    const { data } = await graphqlRequest(url, '{ _service { sdl } }');
    expect(publicElements(data._service.sdl)).toEqual([]);
  });
});

async function auditRows(where: string, params: unknown[]) {
  return hub.subgraphs.subjects.orm.em.getConnection().execute<any[]>(
    `select operation, entity_type, entity_ids, fields, reason, actor_id, role, dept from audit.audit_log where ${where} order by seq`, params);
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
