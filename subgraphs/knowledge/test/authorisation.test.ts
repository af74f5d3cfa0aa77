import path from 'node:path';
import { createFrame, cityRoles } from '@hub/city';
import { createContext, HubUser, PUBLIC_USER, SYSTEM_USER } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import knowledge, { importCases, importLaws } from '../src';
import { CASES_FILE } from '../src/seed';
import { DATA_DIR } from './support';

/**
 * Authorisation matrix of the knowledge library (issue 3): laws, articles and cases are public (the public
 * sees those in dataStatus normal); discretion rules, risk indicators and plans are for signed-in users only
 * (root queries UNAUTHENTICATED for the public, `_entities` null). No mutation exists to test.
 */
const frame = createFrame({ scale: 0.01, dataDir: DATA_DIR });
const ROLES: Record<string, HubUser> = {
  public: PUBLIC_USER,
  ...(cityRoles(frame) as Record<string, HubUser>),
  system: SYSTEM_USER,
};
type RoleName = keyof typeof ROLES;

let hub: TestHub;
let url: string;
const em = () => createContext(hub.subgraphs.knowledge.orm).em;
const as = async (role: RoleName, query: string, variables: Record<string, unknown> = {}) => graphqlRequest(url, query, variables, await asUser(ROLES[role]));
const sql = (query: string) => em().getConnection().execute<any[]>(query);

let revokedLaw: { id: string; article: string };
let revokedCase: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([knowledge]);
  url = hub.subgraphs.knowledge.url;
  // The smallest level folder and the cases are enough to tell public from internal knowledge.
  await importLaws(em(), DATA_DIR, { levels: ['宪法'] });
  await importCases(em(), path.join(DATA_DIR, CASES_FILE));
  await knowledge.seed!(em(), { scale: 1 });
  const [law] = await sql(`select l.id, (select a.id from knowledge.law_article a where a.law_id = l.id order by ordinal limit 1) article
    from knowledge.law l where l.article_count > 0 order by l.file_id limit 1`);
  revokedLaw = law;
  await sql(`update knowledge.law set data_status = 'revoked' where id = '${law.id}'`);
  await sql(`update knowledge.law_article set data_status = 'revoked' where id = '${law.article}'`);
  [{ id: revokedCase }] = await sql(`select id from knowledge.legal_case order by title limit 1`);
  await sql(`update knowledge.legal_case set data_status = 'revoked' where id = '${revokedCase}'`);
}, 120_000);
afterAll(() => hub?.stop());

const INTERNAL = '{ inspectionRules(page: { first: 100 }) { totalCount nodes { id } } riskFeatures { id } contingencyPlans(page: { first: 100 }) { totalCount nodes { id } } }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Law { id } ... on LawArticle { id } ... on LegalCase { id }
  ... on InspectionRule { id } ... on RiskFeature { id } ... on ContingencyPlan { id } } }`;

describe.each(Object.keys(ROLES) as RoleName[])('knowledge as %s', (role) => {
  const pub = role === 'public';

  test('lists of laws and cases: every normal record, for everybody', async () => {
    const laws = await sql(`select id from knowledge.law where data_status = 'normal'`);
    const cases = await sql(`select id from knowledge.legal_case where data_status = 'normal'`);
    const { data, errors } = await as(role, '{ laws(page: { first: 500 }) { totalCount nodes { id } } legalCases(page: { first: 500 }) { totalCount nodes { id } } }');
    expect(errors).toBeUndefined();
    expect(laws.length * cases.length).toBeGreaterThan(0);
    expect(data.laws.nodes.map((n: any) => n.id).sort()).toEqual(laws.map((r) => r.id).sort());
    expect(data.legalCases.totalCount).toBe(cases.length);
    expect(data.legalCases.nodes.map((n: any) => n.id).sort()).toEqual(cases.map((r) => r.id).sort());
  });

  test('by id: the public gets normal records only, signed-in roles all', async () => {
    const [normalLaw] = await sql(`select id from knowledge.law where data_status = 'normal' limit 1`);
    const { data, errors } = await as(role, `query($law: ID!, $revoked: ID!, $article: ID!, $case: ID!) {
      ok: law(id: $law) { id articles(page: { first: 1 }) { totalCount } } revoked: law(id: $revoked) { id }
      article: lawArticle(id: $article) { id } legalCase(id: $case) { id } }`, { law: normalLaw.id, revoked: revokedLaw.id, article: revokedLaw.article, case: revokedCase });
    expect(errors).toBeUndefined();
    expect(data.ok.id).toBe(normalLaw.id);
    expect(data.ok.articles.totalCount).toBeGreaterThan(0);
    expect(data.revoked).toEqual(pub ? null : { id: revokedLaw.id });
    expect(data.article).toEqual(pub ? null : { id: revokedLaw.article });
    expect(data.legalCase).toEqual(pub ? null : { id: revokedCase });
  });

  test('internal knowledge: UNAUTHENTICATED for the public, everything for signed-in roles', async () => {
    if (pub) {
      for (const query of ['{ inspectionRules { totalCount } }', '{ riskFeatures { id } }', '{ contingencyPlans { totalCount } }']) {
        const { data, errors } = await as(role, query);
        expect(errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
        expect(data).toBeNull();
      }
      return;
    }
    const { data, errors } = await as(role, INTERNAL);
    expect(errors).toBeUndefined();
    const [counts] = await sql('select (select count(*)::int from knowledge.inspection_rule) r, (select count(*)::int from knowledge.risk_feature) f, (select count(*)::int from knowledge.contingency_plan) p');
    expect(counts.r * counts.f * counts.p).toBeGreaterThan(0);
    expect(data.inspectionRules.totalCount).toBe(counts.r);
    expect(data.riskFeatures).toHaveLength(counts.f);
    expect(data.contingencyPlans.totalCount).toBe(counts.p);
  });

  test('_entities: public knowledge as above, internal records null for the public', async () => {
    const rows = async (type: string, table: string) => (await sql(`select id, data_status from knowledge.${table} order by id limit 20`)).map((r) => ({ type, ...r }));
    const all = [
      ...(await rows('Law', 'law')), ...(await rows('LegalCase', 'legal_case')),
      { type: 'Law', id: revokedLaw.id, data_status: 'revoked' }, { type: 'LawArticle', id: revokedLaw.article, data_status: 'revoked' }, { type: 'LegalCase', id: revokedCase, data_status: 'revoked' },
      ...(await rows('InspectionRule', 'inspection_rule')), ...(await rows('RiskFeature', 'risk_feature')), ...(await rows('ContingencyPlan', 'contingency_plan')),
    ];
    const internal = new Set(['InspectionRule', 'RiskFeature', 'ContingencyPlan']);
    const { data, errors } = await as(role, ENTITIES, { r: all.map((r) => ({ __typename: r.type, id: r.id })) });
    expect(errors).toBeUndefined();
    const visible = (r: (typeof all)[number]) => !pub || (!internal.has(r.type) && r.data_status === 'normal');
    expect(data._entities).toEqual(all.map((r) => (visible(r) ? { id: r.id } : null)));
    expect(all.filter(visible).length).toBeGreaterThan(0);
  });
});
