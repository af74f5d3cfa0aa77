import { Client, errors } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';
import { analysisFor, BulkIndexError, ElasticsearchBackend, elasticsearchBackendFromEnv } from '../src/search/elasticsearch';
import { freshIndexName } from '../src/search/elasticsearch/indexNames';
import type { AnalyzedQuery, SearchDocument } from '../src/search/types';

/**
 * The Elasticsearch adapter, on the client's mock (no server can run here): the exact requests it sends
 * and how it reads the answers. The search contract suite runs against a real server where ELASTICSEARCH_URL is set.
 */

interface SentRequest {
  method: string;
  path: string;
  querystring: Record<string, string>;
  body: unknown;
}
type Reply = (request: SentRequest) => unknown;

const NOW = new Date('2025-03-01T08:09:10Z');
const NEW_INDEX = 'hub-knowledge-v20250301080910';
const OLD_INDEX = 'hub-knowledge-v20240101000000';

/** A mock cluster that records every request and answers from `replies` (keyed `METHOD /path`); anything else is a 400. */
function cluster(replies: Record<string, Reply | unknown>) {
  const mock = new Mock();
  const requests: SentRequest[] = [];
  mock.add({ method: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'], path: '*' }, (params) => {
    const request = params as unknown as SentRequest;
    requests.push(request);
    const key = `${request.method} ${request.path}`;
    if (!(key in replies)) return failure(400, 'unexpected_request', key) as unknown as Record<string, unknown>;
    const reply = replies[key];
    return (typeof reply === 'function' ? (reply as Reply)(request) : reply) as Record<string, unknown> | string;
  });
  const client = new Client({ node: 'http://localhost:9200', Connection: mock.getConnection(), maxRetries: 0 });
  const backend = new ElasticsearchBackend({ client, now: () => NOW });
  return { backend, requests, client };
}

function failure(status: number, type: string, reason: string) {
  return new errors.ResponseError({ body: { error: { type, reason, root_cause: [{ type, reason }] }, status }, statusCode: status, headers: {}, warnings: null, meta: {} as never });
}
const notFound = () => new errors.ResponseError({ body: '', statusCode: 404, headers: {}, warnings: null, meta: {} as never });
const nodes = (...pluginsPerNode: string[][]) => ({ nodes: Object.fromEntries(pluginsPerNode.map((names, i) => [`node-${i}`, { name: `node-${i}`, plugins: names.map((name) => ({ name, version: '9.0.0' })) }])) });
const acknowledged = { acknowledged: true };

function doc(id: string, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id, kind: 'article', lawId: 'law-1', title: '中华人民共和国食品安全法', numberText: '第一百二十四条', chapterPath: '第九章 法律责任',
    text: '违反本法规定，有下列情形之一的，没收违法所得', level: '法律', issuer: '全国人民代表大会常务委员会', status: '现行',
    effectiveDate: '2021-04-29', titleTokens: ['中华人民共和国', '食品', '安全', '食品安全法'], textTokens: ['违反', '本法', '规定', '没收', '违法所得'],
    hash: `hash-${id}`, ...overrides,
  };
}

async function* batches(...lists: SearchDocument[][]): AsyncGenerator<SearchDocument[]> {
  for (const list of lists) yield list;
}

function expectedMappings(text: Record<string, unknown>) {
  const chinese = { type: 'text', ...text, fields: { exact: { type: 'text', analyzer: 'standard' } } };
  return {
    dynamic: 'strict',
    properties: {
      id: { type: 'keyword' }, kind: { type: 'keyword' }, lawId: { type: 'keyword' }, title: chinese, numberText: { type: 'keyword' },
      chapterPath: { type: 'keyword', index: false, doc_values: false }, text: chinese, level: { type: 'keyword' }, issuer: { type: 'keyword' },
      status: { type: 'keyword' }, effectiveDate: { type: 'date', format: 'yyyy-MM-dd' }, hash: { type: 'keyword' },
      title_tokens: { type: 'text', analyzer: 'whitespace' }, text_tokens: { type: 'text', analyzer: 'whitespace' },
    },
  };
}

describe('index creation (prepare): versioned index behind the alias, analyzer chosen from the plugins', () => {
  test.each([
    ['the IK plugin on every node → ik_max_word, searched with ik_smart', [['analysis-ik', 'analysis-smartcn'], ['analysis-ik']], { analyzer: 'ik_max_word', search_analyzer: 'ik_smart' }],
    ['only smartcn (IK on one node of two is not enough) → smartcn', [['analysis-ik', 'analysis-smartcn'], ['analysis-smartcn']], { analyzer: 'smartcn' }],
    ['neither → standard', [['analysis-icu'], []], { analyzer: 'standard' }],
  ])('%s', async (_name, plugins, text) => {
    const { backend, requests } = cluster({ 'HEAD /_alias/hub-knowledge': notFound, 'GET /_nodes/plugins': nodes(...plugins), [`PUT /${NEW_INDEX}`]: acknowledged });
    await backend.prepare();
    expect(requests).toEqual([
      { method: 'HEAD', path: '/_alias/hub-knowledge', querystring: {}, body: null },
      { method: 'GET', path: '/_nodes/plugins', querystring: {}, body: null },
      { method: 'PUT', path: `/${NEW_INDEX}`, querystring: {}, body: { mappings: expectedMappings(text), aliases: { 'hub-knowledge': {} } } },
    ]);
  });

  test('an existing alias is left alone: nothing is created', async () => {
    const { backend, requests } = cluster({ 'HEAD /_alias/hub-knowledge': '' });
    await backend.prepare();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['HEAD /_alias/hub-knowledge']);
  });

  test('a cluster without nodes answering counts as no plugin; IK wins over smartcn', () => {
    expect(analysisFor([]).name).toBe('standard');
    expect(analysisFor([['elasticsearch-analysis-ik', 'analysis-smartcn']]).name).toBe('ik');
  });

  test('index names: <alias>-v<yyyymmddhhmmss> in UTC, a second later when that name is taken', () => {
    expect(freshIndexName('hub-knowledge', NOW, [])).toBe(NEW_INDEX);
    expect(freshIndexName('kb', NOW, ['kb-v20250301080910', 'kb-v20250301080911'])).toBe('kb-v20250301080912');
  });
});

describe('upsert and remove: bulk on the alias, waiting for the refresh', () => {
  test('upsert sends one index action and the source per document, tokens space-joined', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_bulk': { errors: false, took: 1, items: [] } });
    await backend.upsert([doc('a1'), doc('case-1', { kind: 'case', lawId: null, numberText: null, chapterPath: null, level: null, titleTokens: ['劳动', '合同'], textTokens: [] })]);
    expect(requests).toEqual([{
      method: 'POST', path: '/hub-knowledge/_bulk', querystring: { refresh: 'wait_for' },
      body: [
        { index: { _id: 'a1' } },
        {
          id: 'a1', kind: 'article', lawId: 'law-1', title: '中华人民共和国食品安全法', numberText: '第一百二十四条', chapterPath: '第九章 法律责任',
          text: '违反本法规定，有下列情形之一的，没收违法所得', level: '法律', issuer: '全国人民代表大会常务委员会', status: '现行',
          effectiveDate: '2021-04-29', hash: 'hash-a1', title_tokens: '中华人民共和国 食品 安全 食品安全法', text_tokens: '违反 本法 规定 没收 违法所得',
        },
        { index: { _id: 'case-1' } },
        expect.objectContaining({ id: 'case-1', kind: 'case', lawId: null, level: null, title_tokens: '劳动 合同', text_tokens: '' }),
      ],
    }]);
  });

  test('a large upsert is split into bulk requests of 1,000 documents', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_bulk': { errors: false, took: 1, items: [] } });
    await backend.upsert(Array.from({ length: 2500 }, (_, i) => doc(`a${i}`)));
    expect(requests.map((r) => (r.body as unknown[]).length / 2)).toEqual([1000, 1000, 500]);
    expect((requests[2].body as { index?: { _id: string } }[])[0]).toEqual({ index: { _id: 'a2000' } });
  });

  test('remove sends delete actions', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_bulk': { errors: false, took: 1, items: [] } });
    await backend.remove(['a1', 'decision:京市监罚〔2024〕1号']);
    expect(requests).toEqual([{
      method: 'POST', path: '/hub-knowledge/_bulk', querystring: { refresh: 'wait_for' },
      body: [{ delete: { _id: 'a1' } }, { delete: { _id: 'decision:京市监罚〔2024〕1号' } }],
    }]);
  });

  test('a bulk response with errors throws, naming each failed id and its reason (a missing id on delete is no error)', async () => {
    const { backend } = cluster({
      'POST /hub-knowledge/_bulk': {
        errors: true, took: 1,
        items: [
          { index: { _id: 'a1', _index: NEW_INDEX, status: 201, result: 'created' } },
          { index: { _id: 'a2', _index: NEW_INDEX, status: 400, error: { type: 'document_parsing_exception', reason: 'failed to parse field [effectiveDate]' } } },
          { delete: { _id: 'a3', _index: NEW_INDEX, status: 404, result: 'not_found' } },
        ],
      },
    });
    const error = await backend.upsert([doc('a1'), doc('a2', { effectiveDate: '2021-13-45' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkIndexError);
    expect((error as BulkIndexError).failedIds).toEqual(['a2']);
    expect((error as Error).message).toBe('知识检索（Elasticsearch）写入文档失败：1 个文档未成功：a2（HTTP 400 document_parsing_exception：failed to parse field [effectiveDate]）');
  });
});

describe('search: the query DSL and the answer', () => {
  const query: AnalyzedQuery = {
    text: '"没收违法所得" 食品经营者 过期',
    terms: ['食品', '经营者', '过期'],
    alternatives: { 过期: ['保质期'] },
    phrases: [{ text: '没收违法所得', tokens: ['没收', '违法所得'] }],
    filter: { kinds: ['article', 'law'], levels: ['法律', '行政法规'], status: ['现行'], issuer: '全国人民代表大会常务委员会', effectiveFrom: '2015-01-01', effectiveTo: '2024-12-31' },
    first: 20,
    offset: 20,
  };
  const reply = {
    took: 3, timed_out: false,
    hits: {
      total: { value: 57, relation: 'eq' }, max_score: null,
      hits: [
        { _index: NEW_INDEX, _id: 'a1', _score: 12.5, sort: [12.5, 'a1'], _source: { id: 'a1', kind: 'article', title: '中华人民共和国食品安全法', text: '没收违法所得……' } },
        { _index: NEW_INDEX, _id: 'law-1', _score: 7.25, sort: [7.25, 'law-1'], _source: { id: 'law-1', kind: 'law', title: '食品经营许可管理办法', text: '第一条……' } },
      ],
    },
    aggregations: {
      kinds: { buckets: [{ key: 'article', doc_count: 50 }, { key: 'law', doc_count: 7 }] },
      levels: { buckets: [{ key: '法律', doc_count: 40 }, { key: '行政法规', doc_count: 17 }] },
    },
  };

  test('terms (one with an alternative) + a phrase + every filter + paging', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_search': reply });
    await backend.search(query);
    expect(requests).toEqual([{
      method: 'POST', path: '/hub-knowledge/_search', querystring: {},
      body: {
        query: {
          bool: {
            must: [
              { multi_match: { query: '食品 经营者', type: 'cross_fields', fields: ['title_tokens^3', 'text_tokens'], operator: 'and' } },
              { multi_match: { query: '过期 保质期', type: 'cross_fields', fields: ['title_tokens^3', 'text_tokens'], operator: 'or' } },
              { bool: { should: [{ match_phrase: { 'text.exact': '没收违法所得' } }, { match_phrase: { 'title.exact': '没收违法所得' } }], minimum_should_match: 1 } },
            ],
            filter: [
              { terms: { kind: ['article', 'law'] } },
              { terms: { level: ['法律', '行政法规'] } },
              { terms: { status: ['现行'] } },
              { term: { issuer: '全国人民代表大会常务委员会' } },
              { range: { effectiveDate: { gte: '2015-01-01', lte: '2024-12-31', format: 'yyyy-MM-dd' } } },
            ],
            should: [{ constant_score: { filter: { term: { status: '现行' } }, boost: 1 } }],
          },
        },
        from: 20,
        size: 20,
        sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
        track_scores: true,
        track_total_hits: true,
        _source: ['id', 'kind', 'title', 'text'],
        aggs: { kinds: { terms: { field: 'kind', size: 10 } }, levels: { terms: { field: 'level', size: 50 } } },
      },
    }]);
  });

  test('a phrase alone, no filter, one open date bound: only what is asked is sent', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_search': reply });
    await backend.search({ ...query, terms: [], alternatives: {}, filter: { effectiveTo: '2020-01-01', kinds: [], levels: null }, first: 10, offset: 0 });
    const body = requests[0].body as { query: { bool: { must: unknown[]; filter: unknown[] } }; from: number; size: number };
    expect(body.query.bool.must).toEqual([{ bool: { should: [{ match_phrase: { 'text.exact': '没收违法所得' } }, { match_phrase: { 'title.exact': '没收违法所得' } }], minimum_should_match: 1 } }]);
    expect(body.query.bool.filter).toEqual([{ range: { effectiveDate: { lte: '2020-01-01', format: 'yyyy-MM-dd' } } }]);
    expect([body.from, body.size]).toEqual([0, 10]);
  });

  test('the answer: hits with their score, the exact total, facets as value and count', async () => {
    const { backend } = cluster({ 'POST /hub-knowledge/_search': reply });
    expect(await backend.search(query)).toEqual({
      hits: [
        { id: 'a1', kind: 'article', title: '中华人民共和国食品安全法', text: '没收违法所得……', score: 12.5 },
        { id: 'law-1', kind: 'law', title: '食品经营许可管理办法', text: '第一条……', score: 7.25 },
      ],
      totalCount: 57,
      facets: { kinds: [{ value: 'article', count: 50 }, { value: 'law', count: 7 }], levels: [{ value: '法律', count: 40 }, { value: '行政法规', count: 17 }] },
    });
  });

  test('fewer hits than a page with every term: again with two of the terms (BM25 ranks fuller, rarer matches first)', async () => {
    const few = { ...reply, hits: { ...reply.hits, total: { value: 1, relation: 'eq' } } };
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_search': few });
    await backend.search({ ...query, phrases: [], offset: 0 });
    expect(requests).toHaveLength(2);
    const must = (r: (typeof requests)[number]) => (r.body as { query: { bool: { must: unknown[] } } }).query.bool.must;
    expect(must(requests[0])).toHaveLength(2); // every term: the and-match and the alternatives
    expect(must(requests[1])).toEqual([{
      bool: {
        should: [
          { multi_match: { query: '食品', type: 'cross_fields', fields: ['title_tokens^3', 'text_tokens'], operator: 'or' } },
          { multi_match: { query: '经营者', type: 'cross_fields', fields: ['title_tokens^3', 'text_tokens'], operator: 'or' } },
          { multi_match: { query: '过期 保质期', type: 'cross_fields', fields: ['title_tokens^3', 'text_tokens'], operator: 'or' } },
        ],
        minimum_should_match: 2,
      },
    }]);
  });

  test('a query with neither terms nor phrases is refused before anything is sent', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_search': reply });
    await expect(backend.search({ ...query, terms: [], phrases: [] })).rejects.toThrow('知识检索（Elasticsearch）检索失败：检索式没有检索词也没有短语');
    expect(requests).toEqual([]);
  });
});

describe('rebuild: a new versioned index, loaded in bulk, then the alias swaps at once', () => {
  test('create → bulk without refresh per batch → one refresh → one alias swap (remove old, add new) → old index deleted', async () => {
    const { backend, requests } = cluster({
      'GET /_alias/hub-knowledge': { [OLD_INDEX]: { aliases: { 'hub-knowledge': {} } } },
      'GET /_nodes/plugins': nodes(['analysis-smartcn']),
      [`PUT /${NEW_INDEX}`]: acknowledged,
      [`POST /${NEW_INDEX}/_bulk`]: { errors: false, took: 1, items: [] },
      [`GET /${NEW_INDEX}/_refresh`]: { _shards: { total: 1, successful: 1, failed: 0 } },
      'POST /_aliases': acknowledged,
      [`DELETE /${OLD_INDEX}`]: acknowledged,
    });
    const progress: number[] = [];
    const count = await backend.rebuild(batches([doc('a1'), doc('a2')], [doc('a3')]), (n) => progress.push(n));
    expect(count).toBe(3);
    expect(progress).toEqual([2, 3]);
    expect(requests.map((r) => `${r.method} ${r.path}${r.querystring.refresh ? `?refresh=${r.querystring.refresh}` : ''}`)).toEqual([
      'GET /_alias/hub-knowledge',
      'GET /_nodes/plugins',
      `PUT /${NEW_INDEX}`,
      `POST /${NEW_INDEX}/_bulk?refresh=false`,
      `POST /${NEW_INDEX}/_bulk?refresh=false`,
      `GET /${NEW_INDEX}/_refresh`,
      'GET /_alias/hub-knowledge',
      'POST /_aliases',
      `DELETE /${OLD_INDEX}`,
    ]);
    // The new index is created without the alias, with the mapping of the analyzer found.
    expect(requests[2].body).toEqual({ mappings: expectedMappings({ analyzer: 'smartcn' }) });
    expect((requests[3].body as unknown[]).filter((_, i) => i % 2 === 0)).toEqual([{ index: { _id: 'a1' } }, { index: { _id: 'a2' } }]);
    expect(requests[7].body).toEqual({ actions: [{ remove: { index: OLD_INDEX, alias: 'hub-knowledge' } }, { add: { index: NEW_INDEX, alias: 'hub-knowledge' } }] });
  });

  test('the first rebuild (no alias yet) only adds the alias; nothing is deleted', async () => {
    const { backend, requests } = cluster({
      'GET /_alias/hub-knowledge': notFound,
      'GET /_nodes/plugins': nodes([]),
      [`PUT /${NEW_INDEX}`]: acknowledged,
      [`POST /${NEW_INDEX}/_bulk`]: { errors: false, took: 1, items: [] },
      [`GET /${NEW_INDEX}/_refresh`]: {},
      'POST /_aliases': acknowledged,
    });
    expect(await backend.rebuild(batches([doc('a1')]))).toBe(1);
    expect(requests.find((r) => r.path === '/_aliases')?.body).toEqual({ actions: [{ add: { index: NEW_INDEX, alias: 'hub-knowledge' } }] });
    expect(requests.filter((r) => r.method === 'DELETE')).toEqual([]);
  });

  test('a failed load deletes the new index, leaves the alias where it was and throws with the failing id', async () => {
    const { backend, requests } = cluster({
      'GET /_alias/hub-knowledge': { [OLD_INDEX]: { aliases: { 'hub-knowledge': {} } } },
      'GET /_nodes/plugins': nodes([]),
      [`PUT /${NEW_INDEX}`]: acknowledged,
      [`POST /${NEW_INDEX}/_bulk`]: { errors: true, took: 1, items: [{ index: { _id: 'a9', _index: NEW_INDEX, status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } } }] },
      [`DELETE /${NEW_INDEX}`]: acknowledged,
    });
    await expect(backend.rebuild(batches([doc('a9')]))).rejects.toThrow('知识检索（Elasticsearch）重建索引（写入文档）失败：1 个文档未成功：a9（HTTP 429 es_rejected_execution_exception：queue full）');
    expect(requests.map((r) => `${r.method} ${r.path}`).slice(-1)).toEqual([`DELETE /${NEW_INDEX}`]);
    expect(requests.some((r) => r.path === '/_aliases' || r.path === `/${OLD_INDEX}`)).toBe(false);
  });
});

describe('storedHashes: id → hash of a law or of a kind, paged with search_after', () => {
  test('past one page of 10,000: the second page starts after the last sort value of the first', async () => {
    const first = Array.from({ length: 10_000 }, (_, i) => ({ _id: `a${String(i).padStart(5, '0')}`, _source: { hash: `h${i}` }, sort: [`a${String(i).padStart(5, '0')}`] }));
    const second = [{ _id: 'b1', _source: { hash: 'hb1' }, sort: ['b1'] }, { _id: 'b2', _source: { hash: 'hb2' }, sort: ['b2'] }];
    const { backend, requests } = cluster({
      'POST /hub-knowledge/_search': (r: SentRequest) => ({ hits: { hits: (r.body as { search_after?: unknown }).search_after ? second : first } }),
    });
    const hashes = await backend.storedHashes({ lawId: 'law-1' });
    expect(hashes.size).toBe(10_002);
    expect([hashes.get('a00000'), hashes.get('a09999'), hashes.get('b2')]).toEqual(['h0', 'h9999', 'hb2']);
    const page = { query: { bool: { filter: [{ term: { lawId: 'law-1' } }] } }, _source: ['hash'], sort: [{ id: { order: 'asc' } }], size: 10_000, track_total_hits: false };
    expect(requests).toEqual([
      { method: 'POST', path: '/hub-knowledge/_search', querystring: {}, body: page },
      { method: 'POST', path: '/hub-knowledge/_search', querystring: {}, body: { ...page, search_after: ['a09999'] } },
    ]);
  });

  test('a kind: the documents of that kind outside any law, in one request when they fit a page', async () => {
    const { backend, requests } = cluster({ 'POST /hub-knowledge/_search': { hits: { hits: [{ _id: 'case-1', _source: { hash: 'x' }, sort: ['case-1'] }] } } });
    expect([...(await backend.storedHashes({ kind: 'case' }))]).toEqual([['case-1', 'x']]);
    expect(requests).toHaveLength(1);
    expect((requests[0].body as { query: unknown }).query).toEqual({ bool: { filter: [{ term: { kind: 'case' } }], must_not: [{ exists: { field: 'lawId' } }] } });
  });
});

describe('client errors become Chinese errors naming the operation, without the documents', () => {
  test('an HTTP error from the server', async () => {
    const { backend } = cluster({ 'POST /hub-knowledge/_search': () => failure(400, 'search_phase_execution_exception', 'all shards failed') });
    await expect(backend.search({ text: '食品', terms: ['食品'], alternatives: {}, phrases: [], filter: {}, first: 10, offset: 0 }))
      .rejects.toThrow('知识检索（Elasticsearch）检索失败：HTTP 400 search_phase_execution_exception：all shards failed');
  });

  test('a refused connection', async () => {
    const { backend } = cluster({ 'HEAD /_alias/hub-knowledge': () => new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:9200') });
    await expect(backend.prepare()).rejects.toThrow(/^知识检索（Elasticsearch）检查索引别名失败：无法连接（ConnectionError：connect ECONNREFUSED 127\.0\.0\.1:9200）$/);
  });

  test('a failed bulk request says which operation failed and carries neither the documents nor the client error', async () => {
    const { backend } = cluster({ 'POST /hub-knowledge/_bulk': () => failure(503, 'cluster_block_exception', 'index [hub-knowledge] blocked') });
    const error = (await backend.upsert([doc('a1', { text: '机密的正文内容' })]).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('知识检索（Elasticsearch）写入文档失败：HTTP 503 cluster_block_exception：index [hub-knowledge] blocked');
    expect(JSON.stringify({ message: error.message, cause: String(error.cause), stack: error.stack })).not.toContain('机密的正文内容');
  });
});

describe('elasticsearchBackendFromEnv', () => {
  const headers = (backend: ElasticsearchBackend) =>
    (backend as unknown as { client: { connectionPool: { connections: { url: URL; headers: Record<string, string> }[] } } }).client.connectionPool.connections[0];

  test('null without ELASTICSEARCH_URL', () => {
    expect(elasticsearchBackendFromEnv({})).toBeNull();
    expect(elasticsearchBackendFromEnv({ ELASTICSEARCH_URL: ' ' })).toBeNull();
  });

  test('the URL, the default alias, and an API key or a user and password', () => {
    const withKey = elasticsearchBackendFromEnv({ ELASTICSEARCH_URL: 'http://es.example:9200', ELASTICSEARCH_API_KEY: 'a2V5' })!;
    expect(withKey.alias).toBe('hub-knowledge');
    expect(withKey.name).toBe('elasticsearch');
    expect(headers(withKey).url.href).toBe('http://es.example:9200/');
    expect(headers(withKey).headers.authorization).toBe('ApiKey a2V5');
    const withUser = elasticsearchBackendFromEnv({ ELASTICSEARCH_URL: 'http://es.example:9200', ELASTICSEARCH_USERNAME: 'hub', ELASTICSEARCH_PASSWORD: 'pw' })!;
    expect(headers(withUser).headers.authorization).toBe(`Basic ${Buffer.from('hub:pw').toString('base64')}`);
  });
});
