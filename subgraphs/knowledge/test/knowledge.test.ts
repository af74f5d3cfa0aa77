import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lawArticleId, lawId } from '@hub/city';
import { createContext, queryCounter } from '@hub/runtime';
import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import knowledge, { importCases, importLaws } from '../src';
import { CASES_FILE } from '../src/seed';
import { countLevel, DATA_DIR } from './support';

let hub: TestHub;
let url: string;
const em = () => createContext(hub.subgraphs.knowledge.orm).em;
const expected = countLevel(DATA_DIR, '法律');
const XZCF = '法律/行政处罚法(2021-01-22)';

beforeAll(async () => {
  hub = await startTestSubgraphs([knowledge]);
  url = hub.subgraphs.knowledge.url;
  // One level folder keeps the test fast; the full 659-law import is timed by the seed (see the report).
  const laws = await importLaws(em(), DATA_DIR, { levels: ['法律'] });
  expect(laws).toMatchObject({ files: expected.laws, lawsInserted: expected.laws, articlesInserted: expected.articles, rejected: 0 });
  await importCases(em(), path.join(DATA_DIR, CASES_FILE));
  await knowledge.seed!(em(), { scale: 1 });
}, 120_000);
afterAll(() => hub?.stop());

const sql = async (query: string) => (await em().getConnection().execute(query)) as Record<string, any>[];
const CITE = 'query($law: String!, $article: String!) { lawArticleByCitation(law: $law, article: $article) { id numberText text law { id fileId shortTitle status } } }';

describe('knowledge subgraph', () => {
  test('loads every law and article of the folder with ids from @hub/city', async () => {
    const [counts] = await sql('select (select count(*)::int from knowledge.law) as laws, (select count(*)::int from knowledge.law_article) as articles');
    expect(counts).toEqual(expected);
    const rows = await sql('select a.id, a.law_id, a.number_text, l.file_id from knowledge.law_article a join knowledge.law l on l.id = a.law_id');
    const wrong = rows.filter((r) => r.id !== lawArticleId(r.file_id, r.number_text) || r.law_id !== lawId(r.file_id));
    expect(wrong).toEqual([]);
    const [gaps] = await sql('select count(*)::int as n from knowledge.law l where l.article_count <> (select count(*) from knowledge.law_article a where a.law_id = l.id)');
    expect(gaps.n).toBe(0);
  });

  test('re-importing the same files inserts and changes nothing', async () => {
    const [before] = await sql('select max(updated_at) as at, sum(version)::int as v from knowledge.law');
    const again = await importLaws(em(), DATA_DIR, { levels: ['法律'] });
    expect(again).toMatchObject({ lawsInserted: 0, lawsUpdated: 0, lawsUnchanged: expected.laws, articlesInserted: 0, statusChanged: 0 });
    const cases = await importCases(em(), path.join(DATA_DIR, CASES_FILE));
    expect(cases).toMatchObject({ casesInserted: 0, casesUpdated: 0, casesUnchanged: 52 });
    const seeded = await knowledge.seed!(em(), { scale: 1 });
    expect(seeded).toMatchObject({ riskFeatures: 0, contingencyPlans: 0, inspectionRules: 0 });
    expect(await sql('select max(updated_at) as at, sum(version)::int as v from knowledge.law')).toEqual([before]);
  });

  test.each([
    ['《行政处罚法》', '第32条'],
    ['行政处罚法', '第三十二条'],
    ['中华人民共和国行政处罚法', '32'],
  ])('%s %s resolves to 第三十二条', async (law, article) => {
    const { data, errors } = await graphqlRequest(url, CITE, { law, article });
    expect(errors).toBeUndefined();
    expect(data.lawArticleByCitation).toMatchObject({ id: lawArticleId(XZCF, '第三十二条'), numberText: '第三十二条', law: { fileId: XZCF, status: '现行' } });
    expect(data.lawArticleByCitation.text).toMatch(/从轻或者减轻/);
  });

  test('citations find 之一 articles and the 民法典 book that holds the article', async () => {
    const zhiyi = await graphqlRequest(url, CITE, { law: '刑法', article: '第17条之一' });
    expect(zhiyi.data.lawArticleByCitation.numberText).toBe('第十七条之一');
    const civil = await graphqlRequest(url, CITE, { law: '民法典', article: '第1165条' });
    expect(civil.data.lawArticleByCitation).toMatchObject({ numberText: '第一千一百六十五条', law: { shortTitle: '民法典·侵权责任编' } });
    const missing = await graphqlRequest(url, CITE, { law: '不存在的法', article: '第1条' });
    expect(missing.data.lawArticleByCitation).toBeNull();
    const bad = await graphqlRequest(url, CITE, { law: '行政处罚法', article: '第三十二款' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ARTICLE_NUMBER', field: 'article' });
  });

  test('lists laws by level, title prefix and effective date, in either order', async () => {
    const q = 'query($f: LawFilter, $o: LawOrder, $p: PageArgs) { laws(filter: $f, orderBy: $o, page: $p) { totalCount nodes { title level status effectiveDate issuer } pageInfo { hasNextPage endCursor } } }';
    const all = await graphqlRequest(url, q, { f: { levels: ['法律'], status: '现行' }, p: { first: 5 } });
    expect(all.data.laws.totalCount).toBe(expected.laws);
    const dates = all.data.laws.nodes.map((n: any) => n.effectiveDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const food = await graphqlRequest(url, q, { f: { titlePrefix: '中华人民共和国食品', effectiveFrom: '2015-01-01', effectiveTo: '2025-12-31' }, o: { field: 'title', direction: 'ASC' } });
    expect(food.data.laws.nodes.map((n: any) => n.title)).toContain('中华人民共和国食品安全法');
    for (const n of food.data.laws.nodes) expect(n.effectiveDate >= '2015-01-01' && n.effectiveDate <= '2025-12-31').toBe(true);
    const byIssuer = await graphqlRequest(url, q, { f: { issuer: '全国人民代表大会' }, p: { first: 500 } });
    expect(byIssuer.data.laws.nodes.length).toBeGreaterThan(0);
    for (const n of byIssuer.data.laws.nodes) expect(n.issuer).toBe('全国人民代表大会');
    const bad = await graphqlRequest(url, q, { f: { levels: ['条例'] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ENUM' });
  });

  test('pages through all laws by title without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await graphqlRequest(url, 'query($a: String) { laws(orderBy: { field: title }, page: { first: 100, after: $a }) { nodes { id } pageInfo { hasNextPage endCursor } } }', { a: after });
      seen.push(...page.data.laws.nodes.map((n: any) => n.id));
      after = page.data.laws.pageInfo.hasNextPage ? page.data.laws.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(expected.laws);
    expect(new Set(seen).size).toBe(expected.laws);
  });

  test('a law pages its articles in order; lawByTitle finds the current version', async () => {
    const q = 'query($t: String!, $a: String) { lawByTitle(title: $t) { id articleCount articles(page: { first: 10, after: $a }) { totalCount nodes { ordinal numberText law { id } } pageInfo { hasNextPage endCursor } } } }';
    const first = await graphqlRequest(url, q, { t: '行政处罚法' });
    const law = first.data.lawByTitle;
    expect(law.id).toBe(lawId(XZCF));
    expect(law.articles.totalCount).toBe(law.articleCount);
    expect(law.articles.nodes.map((a: any) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(law.articles.nodes[0]).toMatchObject({ numberText: '第一条', law: { id: law.id } });
    const second = await graphqlRequest(url, q, { t: '行政处罚法', a: law.articles.pageInfo.endCursor });
    expect(second.data.lawByTitle.articles.nodes.map((a: any) => a.ordinal)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });

  test('articles of many laws in one list cost a constant number of statements', async () => {
    const q = (n: number) => `{ laws(page: { first: ${n} }) { nodes { id articles(page: { first: 3 }) { totalCount nodes { numberText law { title } } } } } }`;
    queryCounter.reset();
    const few = await graphqlRequest(url, q(5));
    const fewStatements = queryCounter.count;
    queryCounter.reset();
    const many = await graphqlRequest(url, q(200));
    expect(many.errors).toBeUndefined();
    expect(many.data.laws.nodes).toHaveLength(200);
    for (const l of many.data.laws.nodes) expect(l.articles.nodes.length).toBeLessThanOrEqual(3);
    expect(few.data.laws.nodes).toHaveLength(5);
    expect(queryCounter.count).toBe(fewStatements);
  });

  test('_entities resolves LawArticle and Law stubs with a constant number of statements', async () => {
    const ids = (await sql('select id, law_id from knowledge.law_article order by id limit 100')) as { id: string; law_id: string }[];
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on LawArticle { id numberText law { id title } } ... on Law { id title } } }';
    const reps = (n: number) => [
      ...ids.slice(0, n).map((r) => ({ __typename: 'LawArticle', id: r.id })),
      ...ids.slice(0, n).map((r) => ({ __typename: 'Law', id: r.law_id })),
    ];
    queryCounter.reset();
    const ten = await graphqlRequest(url, q, { r: reps(10) });
    const tenStatements = queryCounter.count;
    queryCounter.reset();
    const hundred = await graphqlRequest(url, q, { r: [...reps(100), { __typename: 'LawArticle', id: '00000000-0000-5000-8000-000000000000' }] });
    expect(hundred.errors).toBeUndefined();
    expect(queryCounter.count).toBe(tenStatements);
    expect(ten.data._entities[0]).toMatchObject({ id: ids[0].id, law: { id: ids[0].law_id } });
    expect(hundred.data._entities).toHaveLength(201);
    expect(hundred.data._entities[100]).toMatchObject({ id: ids[0].law_id });
    expect(hundred.data._entities[200]).toBeNull();
  });

  test('built-in discretion rules cite real articles; risk tree, plans and cases are served', async () => {
    const rules = await graphqlRequest(url, '{ inspectionRules(page: { first: 50 }) { totalCount nodes { code basisArticles { id numberText law { shortTitle } } discretion { circumstance range } } } }');
    expect(rules.errors).toBeUndefined();
    const food = rules.data.inspectionRules.nodes.find((r: any) => r.code === 'CLJZ-SPAQ-124');
    expect(food.basisArticles).toEqual([{ id: lawArticleId('法律/食品安全法(2021-04-29)', '第一百二十四条'), numberText: '第一百二十四条', law: { shortTitle: '食品安全法' } }]);
    expect(food.discretion).toHaveLength(3);
    for (const r of rules.data.inspectionRules.nodes) expect(r.basisArticles.length).toBeGreaterThan(0);

    const risk = await graphqlRequest(url, '{ riskFeatures { code name parentCode weight } roots: riskFeatures(parentCode: "R05") { code name } }');
    const codes = risk.data.riskFeatures.map((f: any) => f.code);
    expect(codes.filter((c: string) => c.length === 3)).toEqual(['R01', 'R02', 'R03', 'R04', 'R05']);
    expect(risk.data.riskFeatures.find((f: any) => f.code === 'R0101')).toMatchObject({ name: '注册资本', parentCode: 'R01' });
    expect(risk.data.roots.map((f: any) => f.name)).toEqual(['近一年12345投诉举报次数', '近三月投诉增长率', '负面舆情条数/占比']);
    for (const parent of ['R01', 'R02', 'R03', 'R04', 'R05']) {
      const sum = risk.data.riskFeatures.filter((f: any) => f.parentCode === parent).reduce((s: number, f: any) => s + f.weight, 0);
      expect(sum).toBeCloseTo(1, 9);
    }

    const plans = await graphqlRequest(url, '{ contingencyPlans(field: "食品安全") { totalCount nodes { title level steps } } }');
    expect(plans.data.contingencyPlans.totalCount).toBe(1);
    expect(plans.data.contingencyPlans.nodes[0].steps.length).toBeGreaterThan(3);

    const cases = await graphqlRequest(url, '{ legalCases(page: { first: 100 }) { totalCount nodes { id title keywords citations sections { heading text } } } }');
    expect(cases.data.legalCases.totalCount).toBe(52);
    const overtime = cases.data.legalCases.nodes.find((c: any) => c.title === '加班费的仲裁时效应当如何认定');
    expect(overtime.citations).toContain('《中华人民共和国劳动法》第四十四条');
    expect(overtime.sections[0].heading).toBe('基本案情');
    expect(cases.data.legalCases.nodes.some((c: any) => c.keywords.length > 0)).toBe(true);
    const one = await graphqlRequest(url, 'query($id: ID!) { legalCase(id: $id) { title } }', { id: overtime.id });
    expect(one.data.legalCase.title).toBe(overtime.title);
  });

  test('_entities resolves the other knowledge records by id', async () => {
    const [rule] = await sql("select id from knowledge.inspection_rule where code = 'CLJZ-SPAQ-124'");
    const [feature] = await sql("select id from knowledge.risk_feature where code = 'R0501'");
    const [plan] = await sql("select id from knowledge.contingency_plan order by code limit 1");
    const [legalCase] = await sql('select id, title from knowledge.legal_case order by title limit 1');
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on InspectionRule { code } ... on RiskFeature { name } ... on ContingencyPlan { code } ... on LegalCase { title } } }';
    const { data, errors } = await graphqlRequest(url, q, { r: [
      { __typename: 'InspectionRule', id: rule.id }, { __typename: 'RiskFeature', id: feature.id },
      { __typename: 'ContingencyPlan', id: plan.id }, { __typename: 'LegalCase', id: legalCase.id },
    ] });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([{ code: 'CLJZ-SPAQ-124' }, { name: '近一年12345投诉举报次数' }, { code: expect.stringMatching(/^YJYA-/) }, { title: legalCase.title }]);
  });

  // Last: it changes which version of 行政处罚法 is current.
  test('a later version of a law becomes 现行 and the earlier one 已修订', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-laws-'));
    try {
      const original = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'laws', XZCF + '.json'), 'utf8'));
      const newer = {
        ...original, id: '法律/行政处罚法(2030-01-01)', promulgationDate: '2030-01-01', effectiveDate: '2030-07-01',
        history: [...original.history, '2030年1月1日 测试修订'],
        articles: original.articles.map((a: any) => (a.numberText === '第三十二条' ? { ...a, text: `${a.text}（2030年修订）` } : a)),
      };
      fs.mkdirSync(path.join(tmp, 'laws', '法律'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'laws', '法律', '行政处罚法(2030-01-01).json'), JSON.stringify(newer));
      const result = await importLaws(em(), tmp);
      expect(result).toMatchObject({ lawsInserted: 1, articlesInserted: original.articles.length, statusChanged: 1 });

      const old = await graphqlRequest(url, 'query($id: ID!) { law(id: $id) { status } }', { id: lawId(XZCF) });
      expect(old.data.law.status).toBe('已修订');
      const current = await graphqlRequest(url, '{ lawByTitle(title: "行政处罚法") { fileId status } }');
      expect(current.data.lawByTitle).toEqual({ fileId: newer.id, status: '现行' });
      const cited = await graphqlRequest(url, CITE, { law: '《行政处罚法》', article: '第32条' });
      expect(cited.data.lawArticleByCitation).toMatchObject({ id: lawArticleId(newer.id, '第三十二条'), text: expect.stringMatching(/2030年修订/) });

      // Reloading the older files does not make the old version current again.
      const reload = await importLaws(em(), DATA_DIR, { levels: ['法律'] });
      expect(reload).toMatchObject({ lawsInserted: 0, statusChanged: 0 });
      const still = await graphqlRequest(url, 'query($id: ID!) { law(id: $id) { status } }', { id: lawId(XZCF) });
      expect(still.data.law.status).toBe('已修订');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
