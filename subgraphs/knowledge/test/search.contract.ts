import { PUBLIC_USER } from '@hub/runtime';
import { asUser, graphqlRequest } from '@hub/runtime/testing';

/**
 * 知识检索 contract: what every backend must answer, through the subgraph's GraphQL. Run against PostgreSQL
 * always (search.postgres.test.ts) and against Elasticsearch when ELASTICSEARCH_URL is set
 * (search.elasticsearch.contract.test.ts). The index holds the laws of 法律 and 行政法规, the cases and the
 * generated penalty decisions.
 */
export const SEARCH = `query($q: String!, $filter: KnowledgeSearchFilter, $first: Int, $after: String) {
  searchKnowledge(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount backend
    hits { id kind score title snippets text isReference law { title shortTitle status level } article { numberText text } legalCase { title fullText } }
    facets { kinds { value count } levels { value count } }
    pageInfo { hasNextPage endCursor }
  } }`;

type Hit = { id: string; kind: string; score: number; title: string; snippets: string[]; text: string; isReference: boolean; law: { title: string; shortTitle: string | null; status: string; level: string } | null; article: { numberText: string; text: string } | null; legalCase: { title: string; fullText: string } | null };

export function searchContract(url: () => string, backend: 'postgres' | 'elasticsearch') {
  const search = async (q: string, vars: Record<string, unknown> = {}) => {
    const { data, errors } = await graphqlRequest(url(), SEARCH, { q, ...vars }, await asUser(PUBLIC_USER));
    return { result: data?.searchKnowledge as { totalCount: number; backend: string; hits: Hit[]; facets: { kinds: { value: string; count: number }[]; levels: { value: string; count: number }[] }; pageInfo: { hasNextPage: boolean; endCursor: string | null } }, errors };
  };
  const plain = (html: string) => html.replace(/<\/?em>/g, '');

  const fullText = (hit: Hit) => `${plain(hit.title)}\n${hit.text}`;

  test('words: every hit holds every term (食品经营者 is cut into 食品 + 经营者) when enough texts do, highlighted with <em>; the public may search', async () => {
    const { result, errors } = await search('食品经营者 保质期', { first: 10 });
    expect(errors).toBeUndefined();
    expect(result.backend).toBe(backend);
    expect(result.hits.length).toBe(10);
    for (const hit of result.hits) {
      expect({ id: hit.id, has: ['食品', '经营者', '保质期'].every((w) => fullText(hit).includes(w)) }).toEqual({ id: hit.id, has: true });
      expect(hit.snippets.join('') + hit.title).toMatch(/<em>[^<]+<\/em>/);
    }
    const scores = result.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('everyday words no text holds together: hits share at least two of them (过期 counts as 保质期), highlighted', async () => {
    const { result } = await search('食品经营许可证过期', { first: 10 });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) {
      const text = fullText(hit);
      const held = [['食品'], ['经营许可证'], ['过期', '保质期']].filter((alternatives) => alternatives.some((w) => text.includes(w))).length;
      expect({ id: hit.id, held: held >= 2 }).toEqual({ id: hit.id, held: true });
      expect(hit.snippets.join('') + hit.title).toMatch(/<em>[^<]+<\/em>/);
    }
  });

  test('an article reference resolves straight to that article, first', async () => {
    for (const [q, law, article] of [
      ['食品安全法第一百二十四条', '食品安全法', '第一百二十四条'],
      ['《行政处罚法》第32条', '行政处罚法', '第三十二条'],
      ['中华人民共和国产品质量法 第 49 条', '产品质量法', '第四十九条'],
    ]) {
      const { result, errors } = await search(q);
      expect(errors).toBeUndefined();
      expect({ q, first: result.hits[0] && { isReference: result.hits[0].isReference, kind: result.hits[0].kind, law: result.hits[0].law?.shortTitle ?? result.hits[0].law?.title, article: result.hits[0].article?.numberText } })
        .toEqual({ q, first: { isReference: true, kind: 'article', law: expect.stringContaining(law), article } });
      expect(result.hits.filter((h) => h.id === result.hits[0].id)).toHaveLength(1);
    }
  });

  test('a quoted phrase matches exactly', async () => {
    const { result } = await search('"没收违法所得" 罚款', { first: 20 });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) {
      const full = fullText(hit);
      expect({ id: hit.id, has: full.includes('没收违法所得') }).toEqual({ id: hit.id, has: true });
    }
    // The characters in another order are not the phrase.
    const reversed = await search('"所得违法没收"');
    expect(reversed.result.totalCount).toBe(0);
  });

  test('filters and facets: kinds, levels, status; facet counts add up to the total', async () => {
    const all = await search('行政处罚', { first: 5 });
    expect(all.result.totalCount).toBeGreaterThan(5);
    expect(all.result.facets.kinds.reduce((n, k) => n + k.count, 0)).toBe(all.result.totalCount);
    const articles = all.result.facets.kinds.find((k) => k.value === 'article')!.count;
    const onlyArticles = await search('行政处罚', { filter: { kinds: ['article'] }, first: 5 });
    expect(onlyArticles.result.totalCount).toBe(articles);
    expect(onlyArticles.result.hits.every((h) => h.kind === 'article')).toBe(true);
    const regulations = await search('行政处罚', { filter: { levels: ['行政法规'] }, first: 50 });
    expect(regulations.result.hits.length).toBeGreaterThan(0);
    expect(regulations.result.hits.every((h) => h.law?.level === '行政法规')).toBe(true);
    expect(regulations.result.totalCount).toBe(all.result.facets.levels.find((l) => l.value === '行政法规')!.count);
    const cases = await search('劳动合同', { filter: { kinds: ['case'] } });
    expect(cases.result.hits.length).toBeGreaterThan(0);
    expect(cases.result.hits.every((h) => h.kind === 'case' && h.legalCase)).toBe(true);
    const revised = await search('行政处罚', { filter: { status: ['已修订'] }, first: 50 });
    expect(revised.result.hits.every((h) => h.law?.status === '已修订')).toBe(true);
  });

  test('pages follow each other without overlap', async () => {
    const one = await search('安全生产', { first: 5 });
    expect(one.result.pageInfo.hasNextPage).toBe(true);
    const two = await search('安全生产', { first: 5, after: one.result.pageInfo.endCursor });
    const ids = [...one.result.hits, ...two.result.hits].map((h) => h.id);
    expect(new Set(ids).size).toBe(10);
    const both = await search('安全生产', { first: 10 });
    expect(both.result.hits.map((h) => h.id)).toEqual(ids);
  });

  test('bad input: empty and whitespace-only queries are client errors on `query`; a very long query is cut, not failed', async () => {
    for (const q of ['', '   ', '\u3000\t']) {
      const { errors } = await search(q);
      expect(errors?.[0].extensions).toMatchObject({ code: 'EMPTY_QUERY', field: 'query' });
      expect(errors?.[0].message).toMatch(/检索内容/);
    }
    const { errors: stop } = await search('的了吗？');
    expect(stop?.[0].extensions).toMatchObject({ code: 'QUERY_WITHOUT_TERMS', field: 'query' });
    const long = await search('食品安全'.repeat(500));
    expect(long.errors).toBeUndefined();
    expect(long.result.hits.length).toBeGreaterThan(0);
    const badCursor = await search('食品', { after: 'xyz' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
    const badPage = await search('食品', { first: 500 });
    expect(badPage.errors?.[0].extensions).toMatchObject({ code: 'INVALID_PAGE_SIZE', field: 'first' });
  });

  test('a long question finds the articles sharing its most telling words', async () => {
    const { result } = await search('超市销售过期食品应该怎么处罚', { filter: { kinds: ['article'] } });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.slice(0, 10).some((h) => h.law?.shortTitle === '食品安全法' || /食品安全法/.test(h.law?.title ?? ''))).toBe(true);
  });
}
