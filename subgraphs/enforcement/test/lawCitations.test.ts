import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { cityUser, createFrame, lawArticleId, lawArticleResolver } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { composePublicSupergraph, readSupergraphConfig } from '@hub/gateway';
import { GovernedRow, standardiseRow, withOperationField } from '@hub/governance';
import { HubUser, PUBLIC_USER, queryCounter, repoRoot, sqlDb, SYSTEM_USER } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import enforcement, { penaltyIngest, penaltySpec } from '../src';
import { CREATE_ENFORCER, CREATE_INSPECTION, enforcerInput, inspectionInput, penaltyInput } from './fixtures';

// 处罚依据 as links (issue 5 §5): penalties written or imported with the basis text only get the cited
// articles' ids; LawArticle.citedByPenalties lists the penalties citing an article, within the reader's scope.

const SCALE = 0.01;
const dataDir = resolveDataDir();
const withData = dataDir ? test : test.skip;
const frame = createFrame({ scale: SCALE, dataDir });

const USERS = {
  system: SYSTEM_USER,
  scjgStaff: cityUser(frame, 'staff', 'SCJG') as HubUser,
  sthjStaff: cityUser(frame, 'staff', 'STHJ') as HubUser,
  leader: cityUser(frame, 'leader', 'SCJG') as HubUser,
  public: PUBLIC_USER,
};
type RoleName = keyof typeof USERS;

const FOOD_SAFETY = '法律/食品安全法(2021-04-29)';
const art = (numberText: string) => lawArticleId(FOOD_SAFETY, numberText);

let hub: TestHub;
let url: string;
let inspectionId: string;
const sql = async <T = any>(query: string, params: unknown[] = []) => (await hub.subgraphs.enforcement.orm.em.fork().getConnection().execute(query, params)) as T[];
const as = async (role: RoleName, query: string, variables: Record<string, unknown> = {}) => graphqlRequest(url, query, variables, await asUser(USERS[role]));

const CITED_BY = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on LawArticle { id
  citedByPenalties(first: $first, after: $after) { totalCount nodes { id decisionDate orgCode } pageInfo { hasNextPage endCursor } } } } }`;

interface CitedPage { totalCount: number; nodes: { id: string; decisionDate: string; orgCode: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

async function citedPages(role: RoleName, ids: string[], first?: number, after?: string | null): Promise<CitedPage[]> {
  const { data, errors } = await as(role, CITED_BY, { r: ids.map((id) => ({ __typename: 'LawArticle', id })), first, after });
  expect(errors).toBeUndefined();
  return data._entities.map((e: { citedByPenalties: CitedPage }) => e.citedByPenalties);
}

/** Every penalty citing the article that `role` sees, page after page. */
async function allCiting(role: RoleName, id: string, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  do {
    const [page]: CitedPage[] = await citedPages(role, [id], first, after);
    total = page.totalCount;
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    ids.push(...page.nodes.map((n) => n.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { ids, total };
}

/** The penalties citing an article that a reader of `orgs` (null: all) in the city sees, newest decision first. */
const expectedCiting = async (id: string, orgs: string[] | null) =>
  (await sql<{ id: string; org_code: string; ad_code: string }>(`select id, org_code, ad_code from enforcement.penalty
    where ? = any(basis_article_ids) and data_status = 'normal' order by decision_date desc, id desc`, [id]))
    .filter((p) => orgs === null || (orgs.includes(p.org_code) && p.ad_code.startsWith('3301')))
    .map((p) => p.id);

beforeAll(async () => {
  hub = await startTestSubgraphs([enforcement], { seedScale: SCALE });
  url = hub.subgraphs.enforcement.url;
  for (const [certNo, idNo] of [['ZJ-T-0101', '11010519491231002X'], ['ZJ-T-0102', '440524188001010014']]) {
    expect((await graphqlRequest(url, CREATE_ENFORCER, { input: enforcerInput(certNo, idNo) })).errors).toBeUndefined();
  }
  const { data, errors } = await graphqlRequest(url, CREATE_INSPECTION, { input: inspectionInput('JC-CITE-1', ['ZJ-T-0101', 'ZJ-T-0102']) });
  expect(errors).toBeUndefined();
  inspectionId = data.createInspection.id;
});
afterAll(() => hub?.stop());

const CREATE = 'mutation($input: PenaltyInput!) { createPenalty(input: $input) { id basis basisArticles { id } } }';

describe('createPenalty: 处罚依据 text → article ids', () => {
  withData('without ids, the references of the text that name a current article are linked; the rest stay in the text', async () => {
    const basis = '依据《中华人民共和国食品安全法》第一百二十四条第一款第（三）项、同法第34条，《不存在的条例》第一条和《食品安全法》第9999条';
    const { data, errors } = await graphqlRequest(url, CREATE, { input: penaltyInput(inspectionId, 'T-CITE-1', { basis }) });
    expect(errors).toBeUndefined();
    expect(data.createPenalty.basisArticles).toEqual([{ id: art('第一百二十四条') }, { id: art('第三十四条') }]);
    expect(data.createPenalty.basis).toBe(basis);
  });

  withData('ids given are kept as given', async () => {
    const { data, errors } = await graphqlRequest(url, CREATE, { input: penaltyInput(inspectionId, 'T-CITE-2', { basisArticleIds: [art('第一百二十六条')] }) });
    expect(errors).toBeUndefined();
    expect(data.createPenalty.basisArticles).toEqual([{ id: art('第一百二十六条') }]);
  });

  withData('an update without ids links the new text', async () => {
    const { data: created } = await graphqlRequest(url, CREATE, { input: penaltyInput(inspectionId, 'T-CITE-3') });
    expect(created.createPenalty.basisArticles).toEqual([{ id: art('第一百二十四条') }]); // the fixture's 《食品安全法》第一百二十四条
    const { data, errors } = await graphqlRequest(url, `mutation($id: ID!, $input: UpdatePenaltyInput!) { updatePenalty(id: $id, input: $input) { basisArticles { id } } }`, {
      id: created.createPenalty.id, input: { ...penaltyInput(inspectionId, 'T-CITE-3', { basis: '《食品安全法》第一百二十二条' }), expectedVersion: 1 },
    });
    expect(errors).toBeUndefined();
    expect(data.updatePenalty.basisArticles).toEqual([{ id: art('第一百二十二条') }]);
  });

  test('titles are matched full or short, with or without 中华人民共和国 or a version note; the 民法典 across its 编', () => {
    const laws = lawArticleResolver();
    if (!dataDir) return;
    const id = art('第三十四条');
    for (const title of ['中华人民共和国食品安全法', '食品安全法', '《食品安全法（2021年修正）》']) expect(laws.articleId(title, '第三十四条')).toBe(id);
    expect(laws.articleId('民法典', '第一千一百六十五条')).toBe(lawArticleId('法律/民法典·侵权责任编', '第一千一百六十五条'));
    expect(laws.articleId('食品安全法', '第九百九十九条')).toBeNull();
    expect(laws.articleId('没有这部法', '第一条')).toBeNull();
  });
});

/**
 * A penalty row as the governance pipeline hands it to the library (standardised), following the `nth` seeded
 * inspection of the department's organs, resolved and stored by penaltyIngest.
 */
async function importRow(decisionNo: string, basis: string, { dept = 'SCJG', nth = 0, decisionDate = '2025-06-20' } = {}) {
  const orgs = (dept === 'SCJG' ? USERS.scjgStaff : USERS.sthjStaff).orgs;
  const [inspection] = await sql<{ action_code: string; org_code: string }>(
    'select action_code, org_code from enforcement.inspection where org_code in (?) order by id limit 1 offset ?', [orgs, nth]);
  const cells = {
    actionName: '对某公司的行政处罚', actionCode: `T${decisionNo}`, orgName: '测试实施机构', orgCode: inspection.org_code, inspectionActionCode: inspection.action_code,
    caseSource: '监督检查', illegalFacts: '经营超过保质期的食品', basis, procedure: '一般', hearing: '否', criminal: '否', decisionNo, decisionDate,
    penaltyTypes: '01,02', fineYuan: '5000', resultText: '警告并罚款5000元', reconsideration: '未申请', litigation: '未提起', 'closing.noPenalty': '否',
  };
  const standardised = standardiseRow(withOperationField(penaltySpec), cells);
  const row: GovernedRow = { rowNumber: 2, raw: cells, values: standardised.values, violations: standardised.violations, links: {} };
  const db = sqlDb(hub.subgraphs.enforcement.orm.em.fork());
  const context = { batchId: '00000000-0000-7000-8000-000000000001', deptCode: dept, orgs, sourceDept: dept };
  await penaltyIngest.resolve(db, [row], new Map(), context);
  expect(row.violations.filter((v) => v.severity === 'error')).toEqual([]);
  return { row, stored: await penaltyIngest.store(db, [row], context) };
}

describe('import: penaltyIngest.store', () => {
  const storedIds = async (decisionNo: string) =>
    (await sql<{ basis_article_ids: string[] }>('select basis_article_ids from enforcement.penalty where decision_no = ?', [decisionNo]))[0].basis_article_ids;

  withData('a basis text fills basis_article_ids, without a warning when every reference resolves', async () => {
    const { row, stored } = await importRow('T-IMP-1', '《中华人民共和国食品安全法》第一百二十四条第一款、第一百二十六条');
    expect(stored.size).toBe(1);
    expect(await storedIds('T-IMP-1')).toEqual([art('第一百二十四条'), art('第一百二十六条')]);
    expect(row.violations).toEqual([]);
  });

  withData('an unresolvable reference is stored in the text only, with a PENALTY_BASIS_UNRESOLVED warning naming it', async () => {
    const { row, stored } = await importRow('T-IMP-2', '《食品安全法》第三十四条、《不存在的条例》第五条');
    expect(stored.size).toBe(1); // stored all the same: the pipeline keeps the warning as the record's flag
    expect(await storedIds('T-IMP-2')).toEqual([art('第三十四条')]);
    expect(row.violations).toEqual([
      expect.objectContaining({ rule: 'PENALTY_BASIS_UNRESOLVED', field: 'basis', severity: 'warning', value: '《不存在的条例》第五条' }),
    ]);
  });
});

describe('LawArticle.citedByPenalties', () => {
  /** 第一百二十六条, cited by penalties of SCJG's organs and of STHJ's (imported here), on several dates. */
  const busy = art('第一百二十六条');
  beforeAll(async () => {
    if (!dataDir) return;
    for (let n = 0; n < 5; n++) await importRow(`T-BUSY-SCJG-${n}`, '《食品安全法》第一百二十六条第一款', { nth: n + 1, decisionDate: `2025-0${n + 1}-1${n % 2}` });
    for (let n = 0; n < 3; n++) await importRow(`T-BUSY-STHJ-${n}`, '《中华人民共和国食品安全法》第126条', { dept: 'STHJ', nth: n, decisionDate: `2025-0${n + 2}-10` });
  });

  withData('newest decision first, page after page, with the total', async () => {
    const expected = await expectedCiting(busy, null);
    expect(expected.length).toBeGreaterThan(8);
    const { ids, total } = await allCiting('system', busy, 2);
    expect(ids).toEqual(expected);
    expect(total).toBe(expected.length);
    const [page] = await citedPages('system', [busy], 500);
    const dates = page.nodes.map((n) => n.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  withData('each reader sees the penalties of their scope, as in `penalties`: another department\'s staff see none of SCJG\'s', async () => {
    const scjg = await expectedCiting(busy, USERS.scjgStaff.orgs);
    expect(scjg.length).toBeGreaterThanOrEqual(5);
    expect((await allCiting('scjgStaff', busy, 3)).ids).toEqual(scjg);
    const sthj = await allCiting('sthjStaff', busy, 2);
    expect(sthj.ids.filter((id) => scjg.includes(id))).toEqual([]);
    expect(sthj.ids).toEqual(await expectedCiting(busy, USERS.sthjStaff.orgs));
    expect(sthj.ids).toHaveLength(3);
    expect(sthj.total).toBe(sthj.ids.length);
    expect((await allCiting('leader', busy, 50)).ids).toEqual(await expectedCiting(busy, null)); // the whole city
  });

  test('the public gets nothing from the subgraph, and cannot select the field through the gateway', async () => {
    const [page] = await citedPages('public', [art('第一百二十四条')]);
    expect(page).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    // Not tagged public: the public contract (what anonymous callers are served) makes it @inaccessible.
    const { data } = await graphqlRequest(url, '{ _service { sdl } }');
    expect(data._service.sdl).toMatch(/citedByPenalties\([^)]*\): PenaltyConnection!\n/s);
    const root = repoRoot();
    const subgraphs = readSupergraphConfig(path.join(root, 'supergraph.yaml')).subgraphs
      .map((s) => (s.name === 'enforcement' ? { ...s, sdl: data._service.sdl } : s));
    const contract = parse(composePublicSupergraph(subgraphs));
    const lawArticle = contract.definitions.find((d: any) => d.kind === 'ObjectTypeDefinition' && d.name.value === 'LawArticle') as any;
    const field = lawArticle.fields.find((f: any) => f.name.value === 'citedByPenalties');
    expect(field.directives.map((d: any) => d.name.value)).toContain('inaccessible');
    expect(fs.readFileSync(path.join(root, 'supergraph.public.graphql'), 'utf8')).toMatch(/citedByPenalties\([^)]*\): PenaltyConnection! @inaccessible/s);
  });

  test('bad page arguments are refused; unknown articles have no penalties', async () => {
    const bad = async (first: number, after: string | null) => (await as('system', CITED_BY, { r: [{ __typename: 'LawArticle', id: art('第一条') }], first, after })).errors?.[0].extensions;
    expect(await bad(501, null)).toMatchObject({ code: 'INVALID_PAGE_SIZE', field: 'first' });
    expect(await bad(10, 'not-a-cursor')).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
    const pages = await citedPages('system', [lawArticleId('法律/无此法(2000-01-01)', '第一条'), 'not-a-uuid'], 5);
    expect(pages.map((p) => [p.totalCount, p.nodes])).toEqual([[0, []], [0, []]]);
  });

  withData('a list of articles costs one statement per field, however many articles', async () => {
    const ids = (await sql<{ id: string }>('select distinct a.id from enforcement.penalty p, unnest(p.basis_article_ids) a(id) order by a.id limit 40')).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    const statementsFor = async (n: number) => {
      queryCounter.reset();
      const pages = await citedPages('scjgStaff', ids.slice(0, n), 3);
      expect(pages).toHaveLength(n);
      return queryCounter.count;
    };
    const few = await statementsFor(2);
    expect(await statementsFor(ids.length)).toBe(few);
    expect(few).toBeLessThanOrEqual(2); // the page and totalCount
  });
});
