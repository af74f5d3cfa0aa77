import { lawArticleId, lawArticleResolver } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { PUBLIC_USER, queryCounter } from '@hub/runtime';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '../src';
import { CREATE_ITEM, itemChanges, itemInput, subItem, UPDATE_ITEM } from './catalogFixtures';

// 设定依据 as links (issue 5 §5): sub-items written with the citation text only get the cited articles' ids,
// RegItem.basisArticles gathers them, and LawArticle.citedByItems lists the current items citing an article.

const SCALE = 0.01;
const dataDir = resolveDataDir();
const withData = dataDir ? test : test.skip;

const FOOD_SAFETY = '法律/食品安全法(2021-04-29)';
const art = (numberText: string) => lawArticleId(FOOD_SAFETY, numberText);

let hub: TestHub;
let url: string;
const sql = async <T = any>(query: string, params: unknown[] = []) => (await hub.subgraphs.catalog.orm.em.fork().getConnection().execute(query, params)) as T[];
const asPublic = async (query: string, variables: Record<string, unknown> = {}) => graphqlRequest(url, query, variables, await asUser(PUBLIC_USER));

const CITED_BY = `query($r: [_Any!]!, $first: Int! = 100) { _entities(representations: $r) { ... on LawArticle { id citedByItems(first: $first) { itemCode versionNo isCurrent } } } }`;
const citedBy = async (ids: string[], first?: number, asAnonymous = false) => {
  const variables = { r: ids.map((id) => ({ __typename: 'LawArticle', id })), ...(first === undefined ? {} : { first }) };
  const { data, errors } = asAnonymous ? await asPublic(CITED_BY, variables) : await graphqlRequest(url, CITED_BY, variables);
  expect(errors).toBeUndefined();
  return data._entities as { id: string; citedByItems: { itemCode: string; versionNo: number; isCurrent: boolean }[] }[];
};
const codesCiting = async (id: string, first?: number, asAnonymous = false) => (await citedBy([id], first, asAnonymous))[0].citedByItems.map((i) => i.itemCode);

beforeAll(async () => {
  hub = await startTestSubgraphs([catalog], { seedScale: SCALE });
  url = hub.subgraphs.catalog.url;
});
afterAll(() => hub?.stop());

describe('sub-items: 设定依据 text → article ids', () => {
  withData('text-only sub-items get the ids of the articles they cite; unresolvable references stay in the text; given ids are kept', async () => {
    const input = itemInput('33019911000001', {
      subItems: [
        subItem('3301991100000101', { basisArticleIds: null, basisText: '依据《中华人民共和国食品安全法》第一百一十条第一款、《不存在的条例》第一条' }),
        subItem('3301991100000102', { basisArticleIds: [], basisText: '《食品安全法》第34条、第一百一十条；同法第9999条' }),
        subItem('3301991100000103', { basisArticleIds: [art('第一百二十二条')], basisText: '《食品安全法》第一条' }),
      ],
    });
    const { data, errors } = await graphqlRequest(url, CREATE_ITEM.replace('subItems {', 'basisArticles { id } subItems {'), { input });
    expect(errors).toBeUndefined();
    expect(data.createRegItem.subItems.map((s: any) => s.basisArticles.map((a: any) => a.id))).toEqual([
      [art('第一百一十条')],
      [art('第三十四条'), art('第一百一十条')],
      [art('第一百二十二条')],
    ]);
    // The item: the distinct articles of its sub-items, in sub-item order.
    expect(data.createRegItem.basisArticles.map((a: any) => a.id)).toEqual([art('第一百一十条'), art('第三十四条'), art('第一百二十二条')]);
    const [stored] = await sql(`select basis_text from catalog.reg_sub_item where sub_item_code = '3301991100000101'`);
    expect(stored.basis_text).toContain('《不存在的条例》第一条');
  });

  withData('a new version written with text-only sub-items gets them parsed too', async () => {
    const input = itemChanges({ subItems: [subItem('3301991100000201', { basisArticleIds: null, basisText: '《食品安全法》第一百二十六条第一款第（三）项' })] });
    const { data, errors } = await graphqlRequest(url, UPDATE_ITEM.replace('subItems {', 'basisArticles { id } subItems {'), { code: '33019911000001', input, v: 1 });
    expect(errors).toBeUndefined();
    expect(data.updateRegItem.versionNo).toBe(2);
    expect(data.updateRegItem.basisArticles).toEqual([{ id: art('第一百二十六条') }]);
  });

  test('without a data directory nothing resolves, and nothing fails', () => {
    expect(lawArticleResolver(null).resolve('《食品安全法》第三十四条')).toMatchObject({ articleIds: [], unresolved: [{ law: '食品安全法', article: '第三十四条' }] });
  });
});

describe('LawArticle.citedByItems', () => {
  withData('lists the current items whose sub-items cite the article; old versions no longer count', async () => {
    // Version 1 of 33019911000001 cited 第一百一十条 and 第三十四条; version 2 cites 第一百二十六条 only.
    expect(await codesCiting(art('第一百二十六条'))).toContain('33019911000001');
    expect(await codesCiting(art('第三十四条'))).not.toContain('33019911000001');
    const [entity] = await citedBy([art('第一百二十六条')]);
    expect(entity.citedByItems.find((i) => i.itemCode === '33019911000001')).toEqual({ itemCode: '33019911000001', versionNo: 2, isCurrent: true });
  });

  withData('agrees with the seeded sub-items, in item code order, limited by first', async () => {
    const [{ id }] = await sql<{ id: string }>(`select a.id from catalog.reg_sub_item s, unnest(s.basis_article_ids) a(id)
      join catalog.reg_item i on true where i.id = s.item_id and i.is_current group by a.id order by count(distinct i.id) desc, a.id limit 1`);
    const expected = (await sql<{ item_code: string }>(`select distinct i.item_code from catalog.reg_sub_item s join catalog.reg_item i on i.id = s.item_id
      where i.is_current and ? = any(s.basis_article_ids) order by i.item_code`, [id])).map((r) => r.item_code);
    expect(expected.length).toBeGreaterThan(1);
    expect(await codesCiting(id)).toEqual(expected.slice(0, 100));
    expect(await codesCiting(id, 1)).toEqual(expected.slice(0, 1));
    expect(await codesCiting(id, 0)).toEqual([]);
    const { errors } = await graphqlRequest(url, CITED_BY, { r: [{ __typename: 'LawArticle', id }], first: 501 });
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_PAGE_SIZE', field: 'first' });
  });

  withData('the public sees the items it may see (current, valid): an invalid item cites for signed-in users only', async () => {
    const input = itemInput('33019911000003', { status: 0, subItems: [subItem('3301991100000301', { basisArticleIds: null, basisText: '《食品安全法》第一百五十条' })] });
    expect((await graphqlRequest(url, CREATE_ITEM, { input })).errors).toBeUndefined();
    expect(await codesCiting(art('第一百五十条'))).toContain('33019911000003');
    expect(await codesCiting(art('第一百五十条'), 100, true)).not.toContain('33019911000003');
    expect(await codesCiting(art('第一百二十六条'), 100, true)).toContain('33019911000001');
  });

  test('an article nobody cites, and an id that is no uuid, have no items', async () => {
    const entities = await citedBy([lawArticleId('法律/无此法(2000-01-01)', '第一条'), 'not-a-uuid']);
    expect(entities.map((e) => e.citedByItems)).toEqual([[], []]);
  });

  withData('a list of articles costs one statement, however many articles', async () => {
    const ids = (await sql<{ id: string }>(`select distinct a.id from catalog.reg_sub_item s, unnest(s.basis_article_ids) a(id) order by a.id limit 40`)).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    const statementsFor = async (n: number) => {
      queryCounter.reset();
      const entities = await citedBy(ids.slice(0, n));
      expect(entities).toHaveLength(n);
      return queryCounter.count;
    };
    const few = await statementsFor(2);
    expect(await statementsFor(ids.length)).toBe(few);
    expect(few).toBeLessThanOrEqual(2);
  });
});

describe('RegItem.basisArticles', () => {
  withData('are the distinct articles of the sub-items, with one statement for a whole list of items', async () => {
    const statementsFor = async (first: number) => {
      queryCounter.reset();
      const { data, errors } = await graphqlRequest(url, `{ regItems(page: { first: ${first} }) { nodes { itemCode basisArticles { id } subItems { basisArticles { id } } } } }`);
      expect(errors).toBeUndefined();
      for (const node of data.regItems.nodes) {
        expect(node.basisArticles).toEqual([...new Set(node.subItems.flatMap((s: any) => s.basisArticles.map((a: any) => a.id)))].map((id) => ({ id })));
      }
      expect(data.regItems.nodes.some((n: any) => n.basisArticles.length > 0)).toBe(true);
      return queryCounter.count;
    };
    const few = await statementsFor(5);
    expect(await statementsFor(100)).toBe(few);
  });

  test('are public', async () => {
    const { data, errors } = await asPublic('{ regItems(page: { first: 3 }) { nodes { basisArticles { id } } } }');
    expect(errors).toBeUndefined();
    expect(data.regItems.nodes).toHaveLength(3);
    const { data: sdl } = await graphqlRequest(url, '{ _service { sdl } }');
    expect(sdl._service.sdl).toMatch(/basisArticles: \[LawArticle!\]! @tag\(name: "public"\)/);
    expect(sdl._service.sdl).toMatch(/citedByItems\([^)]*\): \[RegItem!\]! @tag\(name: "public"\)/s);
  });
});
