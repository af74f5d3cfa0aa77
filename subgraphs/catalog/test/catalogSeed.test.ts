import fs from 'node:fs';
import path from 'node:path';
import { createFrame, DEPARTMENTS, itemAt, lawArticleId } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { createContext, queryCounter } from '@hub/runtime';
import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '../src';

const SCALE = 0.01;
const dataDir = resolveDataDir();
const frame = createFrame({ scale: SCALE, dataDir });
const items = Array.from({ length: frame.itemCount }, (_, i) => itemAt(frame, i));

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([catalog], { seedScale: SCALE });
  url = hub.subgraphs.catalog.url;
});
afterAll(() => hub?.stop());

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on RegItem { itemCode versionNo subItems { subItemCode } claims { deptCode } } ... on CheckImplList { code execLevel contents { code } item { itemCode } } } }';

describe('catalog: seed', () => {
  test('writes every item, sub-item, list, content and claim of the city, and nothing on a second run', async () => {
    const { data } = await graphqlRequest(url, '{ regItems { totalCount } checkImplLists { totalCount } }');
    expect(data.regItems.totalCount).toBe(frame.itemCount);
    expect(data.checkImplLists.totalCount).toBe(items.reduce((n, i) => n + i.implLists.length, 0));
    const again = await catalog.seed!(createContext(hub.subgraphs.catalog.orm).em, { scale: SCALE, dataDir });
    expect(again).toEqual({ regItems: 0, regSubItems: 0, checkImplLists: 0, checkContents: 0, itemClaims: 0 });
  });

  test('an item reads back as the city made it, with its lists, contents and claims', async () => {
    const city = items.find((i) => i.claimedBy.length === 2 && i.implLists.length === 2) ?? items[0];
    const { data } = await graphqlRequest(url, `query($c: String!) { regItem(itemCode: $c) {
      itemCode name deptCode category status effectiveFrom versionNo subItems { subItemCode basisText }
      implLists { code execLevel adCode randomRatio contents { code checkType } } claims { deptCode deptName } } }`, { c: city.itemCode });
    expect(data.regItem).toMatchObject({ itemCode: city.itemCode, name: city.name, deptCode: city.deptCode, category: 'INSPECTION', status: 1, effectiveFrom: city.effectiveFrom, versionNo: 1 });
    expect(data.regItem.subItems.map((s: any) => s.subItemCode)).toEqual(city.subItems.map((s) => s.subItemCode));
    expect(data.regItem.subItems[0].basisText).toBe(city.subItems[0].basis.map((b) => b.citation).join('；'));
    expect(data.regItem.implLists).toEqual(city.implLists.map((l) => ({
      code: l.code, execLevel: l.execLevel, adCode: l.adCode, randomRatio: l.randomRatio, contents: l.contents.map((c) => ({ code: c.code, checkType: c.checkType })),
    })));
    expect(data.regItem.claims).toEqual(city.claimedBy.map((d) => ({ deptCode: DEPARTMENTS[d].code, deptName: DEPARTMENTS[d].name })));
  });

  (dataDir ? test : test.skip)('sub-items cite real law articles by their knowledge ids', async () => {
    const { data } = await graphqlRequest(url, '{ regItems(page: { first: 500 }) { nodes { itemCode deptCode subItems { basisArticles { id } } } } }');
    let cited = 0;
    for (const node of data.regItems.nodes) {
      const department = DEPARTMENTS.find((d) => d.code === node.deptCode)!;
      const known = new Set(department.laws.flatMap((file) => {
        const law = JSON.parse(fs.readFileSync(path.join(dataDir!, 'laws', '法律', `${file}.json`), 'utf8'));
        return law.articles.map((a: { numberText: string }) => lawArticleId(law.id, a.numberText));
      }));
      for (const sub of node.subItems) {
        expect(sub.basisArticles.length).toBeGreaterThan(0);
        for (const { id } of sub.basisArticles) expect(known.has(id)).toBe(true);
        cited += sub.basisArticles.length;
      }
    }
    expect(cited).toBeGreaterThan(frame.itemCount);
  });
});

describe('catalog: lists', () => {
  test('filters items by department, category, status and name prefix', async () => {
    const dept = DEPARTMENTS[1];
    const { data } = await graphqlRequest(url, 'query($d: String!) { regItems(filter: { deptCode: $d, category: INSPECTION, status: 1 }, page: { first: 100 }) { totalCount nodes { deptCode } } none: regItems(filter: { status: 0 }) { totalCount } }', { d: dept.code });
    expect(data.regItems.totalCount).toBe(items.filter((i) => i.deptCode === dept.code).length);
    expect(data.regItems.nodes.every((n: any) => n.deptCode === dept.code)).toBe(true);
    expect(data.none.totalCount).toBe(0);
    const prefix = items[0].name.slice(0, 4);
    const named = await graphqlRequest(url, 'query($p: String!) { regItems(filter: { namePrefix: $p }, page: { first: 100 }) { totalCount } }', { p: prefix });
    expect(named.data.regItems.totalCount).toBe(items.filter((i) => i.name.startsWith(prefix)).length);
    const claimed = await graphqlRequest(url, 'query($d: String!) { regItems(filter: { claimedByDept: $d }, page: { first: 100 }) { totalCount } }', { d: dept.code });
    expect(claimed.data.regItems.totalCount).toBe(items.filter((i) => i.claimedBy.includes(dept.index)).length);
  });

  test('pages through items by name without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await graphqlRequest(url, 'query($a: String) { regItems(page: { first: 7, after: $a }, orderBy: { field: name, direction: DESC }) { nodes { itemCode name } pageInfo { hasNextPage endCursor } } }', { a: after });
      seen.push(...page.data.regItems.nodes.map((n: any) => n.itemCode));
      after = page.data.regItems.pageInfo.hasNextPage ? page.data.regItems.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(frame.itemCount);
    expect(new Set(seen).size).toBe(frame.itemCount);
  });

  test('filters implementation lists by item, agency, region, level and random flag', async () => {
    const lists = items.flatMap((i) => i.implLists.map((l) => ({ ...l, itemCode: i.itemCode })));
    const county = lists.find((l) => l.execLevel === 4)!;
    const q = (filter: Record<string, unknown>) => graphqlRequest(url, 'query($f: CheckImplListFilter) { checkImplLists(filter: $f, page: { first: 200 }) { totalCount nodes { code } } }', { f: filter });
    const count = async (filter: Record<string, unknown>) => (await q(filter)).data.checkImplLists.totalCount;
    expect(await count({ itemCode: county.itemCode })).toBe(lists.filter((l) => l.itemCode === county.itemCode).length);
    expect(await count({ orgUscc: county.orgUscc })).toBe(lists.filter((l) => l.orgUscc === county.orgUscc).length);
    expect(await count({ adCodePrefix: county.adCode })).toBe(lists.filter((l) => l.adCode === county.adCode).length);
    expect(await count({ adCodePrefix: '330100' })).toBe(lists.length);
    expect(await count({ execLevel: 4 })).toBe(lists.filter((l) => l.execLevel === 4).length);
    expect(await count({ isRandomItem: true, execLevel: 3 })).toBe(lists.filter((l) => l.isRandomItem && l.execLevel === 3).length);
    const bad = await q({ adCodePrefix: '33x' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_AD_CODE', field: 'adCodePrefix' });
  });
});

describe('catalog: federation', () => {
  test('resolves items by itemCode and lists by code, duplicates included, unknown keys as null', async () => {
    const [a, b] = items;
    const list = a.implLists[0];
    const { data, errors } = await graphqlRequest(url, ENTITIES, { r: [
      { __typename: 'RegItem', itemCode: a.itemCode }, { __typename: 'RegItem', itemCode: '99999999999999' },
      { __typename: 'CheckImplList', code: list.code }, { __typename: 'RegItem', itemCode: b.itemCode },
      { __typename: 'RegItem', itemCode: a.itemCode }, { __typename: 'CheckImplList', code: `${list.code}X` },
    ] });
    expect(errors).toBeUndefined();
    const itemA = { itemCode: a.itemCode, versionNo: 1, subItems: a.subItems.map((s) => ({ subItemCode: s.subItemCode })), claims: a.claimedBy.map((d) => ({ deptCode: DEPARTMENTS[d].code })) };
    expect(data._entities).toEqual([
      itemA, null,
      { code: list.code, execLevel: list.execLevel, contents: list.contents.map((c) => ({ code: c.code })), item: { itemCode: a.itemCode } },
      expect.objectContaining({ itemCode: b.itemCode }), itemA, null,
    ]);
  });

  test('50 representations cost as few statements as 10, with or without nested fields', async () => {
    const lists = items.flatMap((i) => i.implLists);
    const statementsFor = async (query: string, n: number) => {
      const reps = Array.from({ length: n }, (_, k) => (k % 2
        ? { __typename: 'RegItem', itemCode: k % 10 === 9 ? '00000000000000' : items[k % items.length].itemCode }
        : { __typename: 'CheckImplList', code: lists[k % lists.length].code }));
      queryCounter.reset();
      const { data, errors } = await graphqlRequest(url, query, { r: reps });
      const statements = queryCounter.count;
      expect(errors).toBeUndefined();
      expect(data._entities).toHaveLength(n);
      expect(data._entities.filter((e: any) => e === null)).toHaveLength(reps.filter((r) => r.itemCode === '00000000000000').length);
      return statements;
    };
    const KEYS_ONLY = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on RegItem { itemCode name } ... on CheckImplList { code orgName } } }';
    const flat = [await statementsFor(KEYS_ONLY, 10), await statementsFor(KEYS_ONLY, 50)];
    // One statement per entity type.
    expect(flat[1]).toBe(flat[0]);
    expect(flat[1]).toBeLessThanOrEqual(3);
    const nested = [await statementsFor(ENTITIES, 10), await statementsFor(ENTITIES, 50)];
    // + sub-items, claims, contents, and the lists' items not among the representations.
    expect(nested[1]).toBe(nested[0]);
    expect(nested[1]).toBeLessThanOrEqual(6);
  });

  test('an item page with nested lists, sub-items and claims stays at a constant statement count', async () => {
    queryCounter.reset();
    const { data } = await graphqlRequest(url, '{ regItems(page: { first: 100 }) { nodes { subItems { basisArticles { id } } implLists(first: 1) { contents { code } item { itemCode } } claims { deptCode } } } }');
    expect(data.regItems.nodes).toHaveLength(frame.itemCount);
    for (const node of data.regItems.nodes) expect(node.implLists.length).toBeLessThanOrEqual(1);
    expect(queryCounter.count).toBeLessThanOrEqual(6);
  });
});
