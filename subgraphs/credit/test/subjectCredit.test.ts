import { createFrame, subjectAt } from '@hub/city';
import { isValidUscc, resolveDataDir } from '@hub/codes';
import { createContext, queryCounter } from '@hub/runtime';
import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import credit from '../src';
import { CREATE_LICENSE, CREATE_PENALTY, LIST_SUBJECT, REMOVE_LISTING, licenseInput, listingInput, penaltyInput } from './fixtures';

const SCALE = 0.01;
let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([credit], { seedScale: SCALE });
  url = hub.subgraphs.credit.url;
});
afterAll(() => hub?.stop());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject {
  certNo onAbnormalList onSeriousViolationList
  penaltyPublicities(first: 2) { decisionNo decisionDate }
  licensePublicities { licenceNo }
  creditListings(current: true) { listType }
} } }`;
const subjectRef = (certNo: string) => ({ __typename: 'Subject', certNo });

describe('Subject credit fields through federation', () => {
  const USCC = '91110108551385082Q';

  beforeAll(async () => {
    for (const [decisionDate, n] of [['2024-01-05', 1], ['2024-03-05', 2], ['2024-02-05', 3]] as const) {
      const { errors } = await graphqlRequest(url, CREATE_PENALTY, {
        input: penaltyInput({ uscc: USCC, decisionNo: `federation-${n}`, decisionDate, publishedAt: decisionDate }),
      });
      expect(errors).toBeUndefined();
    }
    // A revoked publicity is no longer shown on the subject.
    await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ uscc: USCC, decisionNo: 'federation-revoked', decisionDate: '2024-04-01', publishedAt: '2024-04-01', status: 'revoked' }) });
    await graphqlRequest(url, CREATE_LICENSE, { input: licenseInput({ uscc: USCC, licenceNo: 'XK-FED-1' }) });
    await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: USCC, listType: 'abnormal' }) });
    const serious = await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: USCC, listType: 'serious', listName: '严重违法失信名单' }) });
    await graphqlRequest(url, REMOVE_LISTING, { id: serious.data.listSubject.id, removedAt: '2024-09-01', reason: '信用修复', removedBy: '杭州市市场监督管理局', v: 1 });
  });

  test('returns each subject its own publicities and listings, newest decision first, limited by first', async () => {
    const { data, errors } = await graphqlRequest(url, ENTITIES, { r: [subjectRef(USCC), subjectRef('11010519491231002X'), subjectRef(USCC.toLowerCase())] });
    expect(errors).toBeUndefined();
    const expected = {
      onAbnormalList: true,
      onSeriousViolationList: false,
      penaltyPublicities: [{ decisionNo: 'federation-2', decisionDate: '2024-03-05' }, { decisionNo: 'federation-3', decisionDate: '2024-02-05' }],
      licensePublicities: [{ licenceNo: 'XK-FED-1' }],
      creditListings: [{ listType: 'abnormal' }],
    };
    expect(data._entities[0]).toEqual({ certNo: USCC, ...expected });
    expect(data._entities[1]).toEqual({
      certNo: '11010519491231002X', onAbnormalList: false, onSeriousViolationList: false, penaltyPublicities: [], licensePublicities: [], creditListings: [],
    });
    expect(data._entities[2]).toMatchObject(expected);
  });

  test('all listings, including removed ones, without the current argument', async () => {
    const { data } = await graphqlRequest(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { all: creditListings { listType removedAt } past: creditListings(current: false) { listType } } } }', { r: [subjectRef(USCC)] });
    expect(data._entities[0].all).toHaveLength(2);
    expect(data._entities[0].past).toEqual([{ listType: 'serious' }]);
  });

  test('first is limited to 0..100', async () => {
    const { errors } = await graphqlRequest(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { penaltyPublicities(first: 101) { id } } } }', { r: [subjectRef(USCC)] });
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_PAGE_SIZE', field: 'first' });
    const none = await graphqlRequest(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { penaltyPublicities(first: 0) { id } } } }', { r: [subjectRef(USCC)] });
    expect(none.data._entities[0].penaltyPublicities).toEqual([]);
  });

  test('seeded subjects get their seeded records, and the SQL count does not grow with the number of subjects', async () => {
    const frame = createFrame({ scale: SCALE, dataDir: resolveDataDir() });
    const certNos = Array.from({ length: frame.subjectCount }, (_, i) => subjectAt(frame, i).certNo);
    expect(certNos.length).toBe(100);
    const count = async (n: number) => {
      queryCounter.reset();
      const { data, errors } = await graphqlRequest(url, ENTITIES, { r: certNos.slice(0, n).map(subjectRef) });
      expect(errors).toBeUndefined();
      expect(data._entities).toHaveLength(n);
      return { statements: queryCounter.count, entities: data._entities };
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
    // One statement per field family: penalty publicities, licence publicities, listings (shared by three fields).
    expect(hundred.statements).toBe(3);
    // The seed gives some of these subjects publicities and listings; every one belongs to its subject.
    const withPenalties = hundred.entities.filter((s: any) => s.penaltyPublicities.length > 0);
    expect(withPenalties.length).toBeGreaterThan(0);
    const direct = await graphqlRequest(url, 'query($u: String!) { penaltyPublicities(filter: { uscc: $u }, page: { first: 2 }) { nodes { decisionNo } } }', { u: withPenalties[0].certNo });
    expect(withPenalties[0].penaltyPublicities.map((p: any) => p.decisionNo)).toEqual(direct.data.penaltyPublicities.nodes.map((p: any) => p.decisionNo));
  });

  test('publicities and listings resolve as entities by id', async () => {
    const { data } = await graphqlRequest(url, '{ penaltyPublicities(page: { first: 1 }) { nodes { id } } creditListings(page: { first: 1 }) { nodes { id } } licensePublicities(page: { first: 1 }) { nodes { id } } }');
    const r = [
      { __typename: 'PenaltyPublicity', id: data.penaltyPublicities.nodes[0].id },
      { __typename: 'CreditListing', id: data.creditListings.nodes[0].id },
      { __typename: 'LicensePublicity', id: data.licensePublicities.nodes[0].id },
      { __typename: 'PenaltyPublicity', id: '00000000-0000-5000-8000-000000000000' },
    ];
    const refs = await graphqlRequest(url, `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on PenaltyPublicity { id } ... on CreditListing { id } ... on LicensePublicity { id } } }`, { r });
    expect(refs.data._entities).toEqual([{ id: r[0].id }, { id: r[1].id }, { id: r[2].id }, null]);
  });
});

describe('seed', () => {
  test('is idempotent: a second run inserts nothing', async () => {
    const em = createContext(hub.subgraphs.credit.orm).em;
    expect(await credit.seed!(em, { scale: SCALE, dataDir: resolveDataDir() })).toEqual({ penaltyPublicities: 0, licensePublicities: 0, creditListings: 0 });
  });

  test('is consistent: valid USCCs, date order, on-time share, amounts in 万元', async () => {
    const rows = await hub.subgraphs.credit.orm.em.getConnection().execute<any[]>(
      `select uscc, authority_uscc, decision_date::text d, published_at::text p, public_until::text u, publish_deadline::text dl, fine_wan::text fine
       from "credit"."penalty_publicity" where source_dept = 'SEED'`);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(isValidUscc(row.uscc)).toBe(true);
      expect(isValidUscc(row.authority_uscc)).toBe(true);
      expect(row.p >= row.d && row.u >= row.d).toBe(true);
      if (row.fine !== null) expect(row.fine).toMatch(/^\d+\.\d{6}$/);
    }
    const late = rows.filter((r) => r.p > r.dl).length;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(rows.length / 2);
    const listings = await hub.subgraphs.credit.orm.em.getConnection().execute<any[]>(
      `select uscc, listed_at::text l, removed_at::text r, removed_reason from "credit"."credit_listing" where source_dept = 'SEED'`);
    for (const l of listings) {
      expect(isValidUscc(l.uscc)).toBe(true);
      if (l.r) expect(l.r >= l.l && Boolean(l.removed_reason)).toBe(true);
    }
    const licences = await hub.subgraphs.credit.orm.em.getConnection().execute<any[]>(
      `select count(*)::int n from "credit"."license_publicity" where source_dept = 'SEED' and valid_to < valid_from`);
    expect(licences[0].n).toBe(0);
  });
});
