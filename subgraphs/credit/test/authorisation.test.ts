import { createFrame, DEPARTMENTS, branchUscc, cityRoles } from '@hub/city';
import { addDays, chinaToday, resolveDataDir } from '@hub/codes';
import { HubUser, PUBLIC_USER, SYSTEM_USER } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import credit from '../src';
import { CREATE_LICENSE, CREATE_PENALTY, LIST_SUBJECT, licenseInput, listingInput, penaltyInput } from './fixtures';

/**
 * Authorisation matrix of the credit library (issue 3): for every role, every root query, the Subject
 * extension fields and `_entities` sent straight to the subgraph return exactly the records policy.ts allows.
 * The expected sets are computed here from the rows in the database, independently of the library's code.
 */
const SCALE = 0.01;
const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
const TODAY = chinaToday();
const SCJG = DEPARTMENTS.find((d) => d.code === 'SCJG')!;
const STHJ = DEPARTMENTS.find((d) => d.code === 'STHJ')!;
const SCJG_SHANGCHENG = branchUscc(SCJG, '330102');
const BEIJING_AUTHORITY = '91110000710926094P';

const ROLES: Record<string, HubUser> = {
  public: PUBLIC_USER,
  ...(cityRoles(frame) as Record<string, HubUser>),
  system: SYSTEM_USER,
};
type RoleName = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

let hub: TestHub;
let url: string;
const as = async (role: RoleName | HubUser, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(url, query, variables, await asUser(typeof role === 'string' ? ROLES[role] : role));
const sql = (query: string, params: unknown[] = []) => hub.subgraphs.credit.orm.em.getConnection().execute<any[]>(query, params);

interface Row { id: string; uscc: string | null; authority_uscc: string; status: string; data_status: string; public_until: string }
interface ListingRow { id: string; uscc: string; listed_by: string; data_status: string }

// The rule, written out again: a record's authority division is characters 3–8 of its USCC.
const prefixOf = (region: string) => region.replace(/(00)+$/, '') || region;
const authorityInView = (user: HubUser, authority: string) => {
  if (user.role === 'auditor' || user.role === 'system') return true;
  if (!authority.slice(2, 8).startsWith(prefixOf(user.region))) return false;
  return user.role === 'staff' ? user.orgs.includes(authority) : true;
};
// Whatever the public may see, every role may see; a signed-in role's scope adds its own records.
const penaltyPublic = (r: Row) => r.data_status === 'normal' && r.status === 'normal' && r.public_until >= TODAY;
const licensePublic = (r: Row) => r.data_status === 'normal' && r.status === 'valid';
const penaltyVisible = (user: HubUser, r: Row) => penaltyPublic(r) || (user.role !== 'public' && authorityInView(user, r.authority_uscc));
const licenseVisible = (user: HubUser, r: Row) => licensePublic(r) || (user.role !== 'public' && authorityInView(user, r.authority_uscc));
const listingVisible = (user: HubUser, r: ListingRow) =>
  user.role === 'public' ? false : user.role === 'staff' ? r.listed_by === user.deptName : true;

const created: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestSubgraphs([credit], { seedScale: SCALE });
  url = hub.subgraphs.credit.url;
  // Records that make every distinction visible: periods, organs, departments, regions, states.
  const penalties: Record<string, Record<string, unknown>> = {
    scjgCity: { authorityUscc: SCJG.uscc, publicUntil: addDays(TODAY, 30), legalRepCertNo: '110101199003070012' },
    scjgEnded: { authorityUscc: SCJG.uscc, publicUntil: addDays(TODAY, -1) },
    scjgCounty: { authorityUscc: SCJG_SHANGCHENG, publicUntil: addDays(TODAY, 30) },
    scjgCountyRevoked: { authorityUscc: SCJG_SHANGCHENG, publicUntil: addDays(TODAY, 30) },
    sthjCity: { authorityUscc: STHJ.uscc, publicUntil: TODAY },
    beijing: { authorityUscc: BEIJING_AUTHORITY, publicUntil: addDays(TODAY, 30) },
    scjgRevoked: { authorityUscc: SCJG.uscc, publicUntil: addDays(TODAY, 30), status: 'revoked' },
    person: { authorityUscc: SCJG.uscc, publicUntil: addDays(TODAY, 30), uscc: null, partyCategory: '自然人', partyName: '李四', regNo: '330102199001011234' },
  };
  for (const [name, extra] of Object.entries(penalties)) {
    const { data, errors } = await as('system', CREATE_PENALTY, { input: penaltyInput({ decisionNo: `授权-${name}`, decisionDate: addDays(TODAY, -60), publishedAt: addDays(TODAY, -58), dataSourceUscc: extra.authorityUscc, ...extra }) });
    expect(errors).toBeUndefined();
    created[name] = data.createPenaltyPublicity.id;
  }
  for (const [name, extra] of Object.entries({ licScjg: { authorityUscc: SCJG.uscc }, licSthj: { authorityUscc: STHJ.uscc }, licCounty: { authorityUscc: SCJG_SHANGCHENG }, licInvalid: { authorityUscc: SCJG.uscc, status: 'invalid' } })) {
    const { data, errors } = await as('system', CREATE_LICENSE, { input: licenseInput({ docNo: `授权-${name}`, ...extra }) });
    expect(errors).toBeUndefined();
    created[name] = data.createLicensePublicity.id;
  }
  const sthjListing = await as('system', LIST_SUBJECT, { input: listingInput({ uscc: '91330100716105852F', listType: 'serious', listName: '严重违法失信名单', listedBy: STHJ.name }) });
  expect(sthjListing.errors).toBeUndefined();
  created.sthjListing = sthjListing.data.listSubject.id;
  // A revoked record: hidden from lists by default, still a record the scope rules apply to by id.
  await sql(`update credit.penalty_publicity set data_status = 'revoked' where decision_no = '授权-scjgCountyRevoked'`);
}, 120_000);
afterAll(() => hub?.stop());

const penaltyRows = async () => (await sql(`select id, uscc, authority_uscc, status, data_status, public_until::text from credit.penalty_publicity`)) as Row[];
const licenseRows = async () => (await sql(`select id, uscc, authority_uscc, status, data_status, valid_to::text public_until from credit.license_publicity`)) as Row[];
const listingRows = async () => (await sql(`select id, uscc, listed_by, data_status from credit.credit_listing`)) as ListingRow[];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

const LIST = {
  penalty: '{ penaltyPublicities(page: { first: 500 }) { totalCount nodes { id } } }',
  license: '{ licensePublicities(page: { first: 500 }) { totalCount nodes { id } } }',
  listing: '{ creditListings(page: { first: 500 }) { totalCount nodes { id } } }',
};
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PenaltyPublicity { id } ... on LicensePublicity { id } ... on CreditListing { id } } }';

// Roles that see something of each type (so no check below passes on an empty answer).
const SEES_LISTINGS: RoleName[] = ['scjgStaff', 'sthjStaff', 'countyStaff', 'leader', 'cityAdmin', 'auditor', 'system'];

describe.each(ROLE_NAMES)('credit as %s', (roleName) => {
  const user = ROLES[roleName];

  test('penaltyPublicities lists exactly the visible normal records, with the right total', async () => {
    const rows = await penaltyRows();
    expect(rows.length).toBeLessThan(500);
    const expected = rows.filter((r) => r.data_status === 'normal' && penaltyVisible(user, r));
    expect(expected.length).toBeGreaterThan(0);
    const { data, errors } = await as(roleName, LIST.penalty);
    expect(errors).toBeUndefined();
    expect(ids(data.penaltyPublicities.nodes)).toEqual(ids(expected));
    expect(data.penaltyPublicities.totalCount).toBe(expected.length);
  });

  test('licensePublicities lists exactly the visible normal records', async () => {
    const expected = (await licenseRows()).filter((r) => r.data_status === 'normal' && licenseVisible(user, r));
    expect(expected.length).toBeGreaterThan(0);
    const { data, errors } = await as(roleName, LIST.license);
    expect(errors).toBeUndefined();
    expect(ids(data.licensePublicities.nodes)).toEqual(ids(expected));
    expect(data.licensePublicities.totalCount).toBe(expected.length);
  });

  test('creditListings: signed-in roles get their scope, the public is asked to sign in', async () => {
    const { data, errors } = await as(roleName, LIST.listing);
    if (roleName === 'public') {
      expect(errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const one = await as(roleName, 'query($id: ID!) { creditListing(id: $id) { id } }', { id: created.sthjListing });
      expect(one.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      return;
    }
    expect(errors).toBeUndefined();
    const expected = (await listingRows()).filter((r) => r.data_status === 'normal' && listingVisible(user, r));
    expect(SEES_LISTINGS).toContain(roleName);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(data.creditListings.nodes)).toEqual(ids(expected));
    expect(data.creditListings.totalCount).toBe(expected.length);
  });

  test('by-id queries answer null outside the view', async () => {
    const q = 'query($p: ID!, $l: ID!) { penaltyPublicity(id: $p) { id } licensePublicity(id: $l) { id } }';
    for (const row of (await penaltyRows()).filter((r) => Object.values(created).includes(r.id))) {
      const { data } = await as(roleName, q, { p: row.id, l: created.licScjg });
      expect(data.penaltyPublicity).toEqual(penaltyVisible(user, row) ? { id: row.id } : null);
    }
    for (const row of (await licenseRows()).filter((r) => Object.values(created).includes(r.id))) {
      const { data } = await as(roleName, q, { p: created.scjgCity, l: row.id });
      expect(data.licensePublicity).toEqual(licenseVisible(user, row) ? { id: row.id } : null);
    }
  });

  test('_entities of every record answers exactly the visible ones, null for the rest', async () => {
    const penalties = await penaltyRows();
    const licenses = await licenseRows();
    const listings = await listingRows();
    const r = [
      ...penalties.map((p) => ({ __typename: 'PenaltyPublicity', id: p.id })),
      ...licenses.map((p) => ({ __typename: 'LicensePublicity', id: p.id })),
      ...listings.map((p) => ({ __typename: 'CreditListing', id: p.id })),
    ];
    const { data, errors } = await as(roleName, ENTITIES, { r });
    expect(errors).toBeUndefined();
    const expected = [
      ...penalties.map((p) => (penaltyVisible(user, p) ? { id: p.id } : null)),
      ...licenses.map((p) => (licenseVisible(user, p) ? { id: p.id } : null)),
      ...listings.map((p) => (listingVisible(user, p) ? { id: p.id } : null)),
    ];
    expect(data._entities).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(0);
  });

  test('Subject extension fields show only the visible publicities and listings', async () => {
    const penalties = (await penaltyRows()).filter((p) => p.uscc);
    const licenses = await licenseRows();
    const listings = await listingRows();
    const certNos = [...new Set([...penalties, ...licenses].map((p) => p.uscc!).concat(listings.map((l) => l.uscc)))];
    const { data, errors } = await as(roleName, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
      certNo penaltyPublicities(first: 100) { id } licensePublicities(first: 100) { id } creditListings { id } onAbnormalList } } }`,
    { r: certNos.map((certNo) => ({ __typename: 'Subject', certNo })) });
    expect(errors).toBeUndefined();
    let seen = 0;
    data._entities.forEach((subject: any, i: number) => {
      const certNo = certNos[i];
      const mine = (rows: Row[], visible: (u: HubUser, r: Row) => boolean, extra: (r: Row) => boolean) =>
        ids(rows.filter((r) => r.uscc === certNo && r.data_status === 'normal' && extra(r) && visible(user, r)));
      expect(ids(subject.penaltyPublicities)).toEqual(mine(penalties, penaltyVisible, (r) => r.status === 'normal'));
      expect(ids(subject.licensePublicities)).toEqual(mine(licenses, licenseVisible, () => true));
      expect(ids(subject.creditListings)).toEqual(ids(listings.filter((l) => l.uscc === certNo && l.data_status === 'normal' && listingVisible(user, l))));
      if (roleName === 'public') expect(subject.onAbnormalList).toBeNull();
      seen += subject.penaltyPublicities.length + subject.licensePublicities.length + subject.creditListings.length;
    });
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the publicity period', () => {
  test('the public sees a penalty publicity while it is public and not after; its department still does', async () => {
    const q = 'query($id: ID!) { penaltyPublicity(id: $id) { id publicUntil } }';
    expect((await as('public', q, { id: created.scjgEnded })).data.penaltyPublicity).toBeNull();
    expect((await as('public', q, { id: created.scjgCity })).data.penaltyPublicity).toMatchObject({ id: created.scjgCity });
    expect((await as('public', q, { id: created.sthjCity })).data.penaltyPublicity).toMatchObject({ publicUntil: TODAY });
    expect((await as('scjgStaff', q, { id: created.scjgEnded })).data.penaltyPublicity).toMatchObject({ id: created.scjgEnded });
    const list = await as('public', '{ penaltyPublicities(filter: { dataStatus: [normal, revoked, deleted] }, page: { first: 500 }) { nodes { id publicUntil } } }');
    expect(list.data.penaltyPublicities.nodes.length).toBeGreaterThan(0);
    for (const node of list.data.penaltyPublicities.nodes) expect(node.publicUntil >= TODAY).toBe(true);
    expect(list.data.penaltyPublicities.nodes.map((n: any) => n.id)).not.toContain(created.scjgEnded);
    expect(list.data.penaltyPublicities.nodes.map((n: any) => n.id)).not.toContain(created.scjgCountyRevoked);
    expect(list.data.penaltyPublicities.nodes.map((n: any) => n.id)).toContain(created.scjgCounty);
  });
});

describe('writes', () => {
  const create = (role: RoleName, extra: Record<string, unknown>) =>
    as(role, CREATE_PENALTY, { input: penaltyInput({ decisionNo: `写入-${role}-${Math.random()}`, ...extra }) });
  const codeOf = (result: { errors?: any[] }) => result.errors?.[0].extensions;

  test('staff and leaders publish for the organs of their department in their region; sourceDept is theirs', async () => {
    const ok = await create('scjgStaff', { authorityUscc: SCJG.uscc, dataSourceUscc: SCJG.uscc });
    expect(ok.errors).toBeUndefined();
    const [row] = await sql('select source_dept from credit.penalty_publicity where id = ?', [ok.data.createPenaltyPublicity.id]);
    expect(row.source_dept).toBe('SCJG');
    const audit = await sql(`select operation, entity_ids, role, dept from audit.audit_log where entity_type = 'PenaltyPublicity' and ? = any(entity_ids)`, [ok.data.createPenaltyPublicity.id]);
    expect(audit).toEqual([{ operation: 'create:createPenaltyPublicity', entity_ids: [ok.data.createPenaltyPublicity.id], role: 'staff', dept: 'SCJG' }]);
    expect((await create('countyStaff', { authorityUscc: SCJG_SHANGCHENG })).errors).toBeUndefined();
    expect((await create('leader', { authorityUscc: SCJG_SHANGCHENG })).errors).toBeUndefined();
  });

  test.each([
    ['scjgStaff', STHJ.uscc, 'another department'],
    ['countyStaff', SCJG.uscc, 'the city bureau, outside a county'],
    ['leader', STHJ.uscc, 'another department (leaders write like staff)'],
    ['sthjStaff', SCJG_SHANGCHENG, 'another department'],
  ] as [RoleName, string, string][])('%s publishing for %s (%s) is FORBIDDEN on authorityUscc', async (role, authorityUscc) => {
    expect(codeOf(await create(role, { authorityUscc }))).toMatchObject({ code: 'FORBIDDEN', field: 'authorityUscc' });
    expect(codeOf(await as(role, CREATE_LICENSE, { input: licenseInput({ authorityUscc }) }))).toMatchObject({ code: 'FORBIDDEN', field: 'authorityUscc' });
  });

  test.each(['auditor', 'cityAdmin'] as RoleName[])('%s writes nothing: FORBIDDEN', async (role) => {
    expect(codeOf(await create(role, { authorityUscc: SCJG.uscc }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await as(role, CREATE_LICENSE, { input: licenseInput() }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await as(role, LIST_SUBJECT, { input: listingInput({ listedBy: SCJG.name }) }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('the public is asked to sign in', async () => {
    expect(codeOf(await create('public', { authorityUscc: SCJG.uscc }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(codeOf(await as('public', LIST_SUBJECT, { input: listingInput() }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  test('changing another department\'s record is FORBIDDEN on id, whatever the input says', async () => {
    const UPDATE = 'mutation($id: ID!, $input: UpdatePenaltyPublicityInput!) { updatePenaltyPublicity(id: $id, input: $input) { id } }';
    const input = { ...penaltyInput({ decisionNo: '改写', authorityUscc: STHJ.uscc, dataSourceUscc: STHJ.uscc }), expectedVersion: 1 };
    expect(codeOf(await as('sthjStaff', UPDATE, { id: created.scjgCity, input }))).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const LIC = 'mutation($id: ID!, $input: UpdateLicensePublicityInput!) { updateLicensePublicity(id: $id, input: $input) { id } }';
    expect(codeOf(await as('sthjStaff', LIC, { id: created.licScjg, input: { ...licenseInput({ authorityUscc: STHJ.uscc }), expectedVersion: 1 } }))).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
  });

  test('listings: only the listing department lists and removes', async () => {
    const listed = await as('sthjStaff', LIST_SUBJECT, { input: listingInput({ uscc: '91110108551385082Q', listType: 'black', listName: '黑名单', listedBy: STHJ.name }) });
    expect(listed.errors).toBeUndefined();
    const [row] = await sql('select source_dept from credit.credit_listing where id = ?', [listed.data.listSubject.id]);
    expect(row.source_dept).toBe('STHJ');
    expect(codeOf(await as('sthjStaff', LIST_SUBJECT, { input: listingInput({ uscc: '91110108551385082Q', listedBy: SCJG.name }) }))).toMatchObject({ code: 'FORBIDDEN', field: 'listedBy' });
    const REMOVE = 'mutation($id: ID!) { removeListing(id: $id, removedAt: "2026-01-01", reason: "信用修复", removedBy: "某机关", expectedVersion: 1) { id } }';
    expect(codeOf(await as('scjgStaff', REMOVE, { id: listed.data.listSubject.id }))).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
  });
});

describe('personal data', () => {
  const Q = `query($id: ID!, $reveal: Boolean, $reason: String) { penaltyPublicity(id: $id) {
    legalRepCertNo(reveal: $reveal, reason: $reason) } }`;

  test('legalRepCertNo is masked for every role by default, the public included', async () => {
    for (const role of ['public', 'scjgStaff', 'leader', 'auditor', 'system'] as RoleName[]) {
      const { data } = await as(role, Q, { id: created.scjgCity });
      expect(data.penaltyPublicity.legalRepCertNo).toBe('1101**********0012');
    }
  });

  test('revealing needs a reason; with one the full number is returned and the read is audited', async () => {
    const noReason = await as('scjgStaff', Q, { id: created.scjgCity, reveal: true });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const reason = `核查当事人身份-${Math.random()}`;
    const full = await as('scjgStaff', Q, { id: created.scjgCity, reveal: true, reason });
    expect(full.errors).toBeUndefined();
    expect(full.data.penaltyPublicity.legalRepCertNo).toBe('110101199003070012');
    const audit = await sql('select operation, entity_type, entity_ids, fields, reason, role from audit.audit_log where reason = ?', [reason]);
    expect(audit).toEqual([{ operation: 'reveal', entity_type: 'PenaltyPublicity', entity_ids: [created.scjgCity], fields: ['legalRepCertNo'], reason, role: 'staff' }]);
  });

  test('the public and admins cannot reveal; a natural person\'s ID in regNo is masked, a USCC is not', async () => {
    const pub = await as('public', Q, { id: created.scjgCity, reveal: true, reason: '好奇' });
    expect(pub.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const admin = await as('cityAdmin', Q, { id: created.scjgCity, reveal: true, reason: '管理' });
    expect(admin.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const person = await as('scjgStaff', 'query($id: ID!) { penaltyPublicity(id: $id) { regNo uscc partyCategory } }', { id: created.person });
    expect(person.data.penaltyPublicity).toEqual({ regNo: '3301**********1234', uscc: null, partyCategory: '自然人' });
    const company = await as('public', 'query($id: ID!) { penaltyPublicity(id: $id) { uscc } }', { id: created.scjgCity });
    expect(company.data.penaltyPublicity.uscc).toBe('91330100716105852F');
  });

  test("a natural person's name is masked for the public, shown to staff; an organisation's name is shown to all", async () => {
    const NAME = 'query($id: ID!) { penaltyPublicity(id: $id) { partyName } }';
    const staffView = (await as('scjgStaff', NAME, { id: created.person })).data.penaltyPublicity.partyName as string;
    expect(staffView.length).toBeGreaterThan(1);
    expect(staffView).not.toContain('*');
    const publicView = (await as('public', NAME, { id: created.person })).data.penaltyPublicity.partyName;
    expect(publicView).toBe(`${[...staffView][0]}${'*'.repeat([...staffView].length - 1)}`);
    const company = await as('public', NAME, { id: created.scjgCity });
    expect(company.data.penaltyPublicity.partyName).toBe('阿里巴巴（中国）有限公司');
  });
});
