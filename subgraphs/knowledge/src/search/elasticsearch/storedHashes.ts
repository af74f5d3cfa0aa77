import type { Client, estypes } from '@elastic/elasticsearch';
import type { DocumentKind } from '../types';
import { call } from './errors';

/** Documents per page (Elasticsearch's default `index.max_result_window`). */
export const HASH_PAGE = 10_000;

/**
 * id → hash of the documents of a law, or of a kind outside any law (cases, decisions): pages sorted by the
 * unique `id`, each one after the last id of the one before (`search_after`), so that any number of
 * documents is read and a law of a few hundred articles costs one request.
 */
export async function storedHashes(client: Client, index: string, scope: { lawId: string } | { kind: DocumentKind }): Promise<Map<string, string>> {
  const query: estypes.QueryDslQueryContainer = 'lawId' in scope
    ? { bool: { filter: [{ term: { lawId: scope.lawId } }] } }
    : { bool: { filter: [{ term: { kind: scope.kind } }], must_not: [{ exists: { field: 'lawId' } }] } };
  const hashes = new Map<string, string>();
  let after: estypes.SortResults | undefined;
  for (;;) {
    const response = await call('读取已索引文档的摘要', () =>
      client.search<{ hash?: string }>({
        index,
        query,
        _source: ['hash'],
        sort: [{ id: { order: 'asc' } }],
        size: HASH_PAGE,
        track_total_hits: false,
        ...(after ? { search_after: after } : {}),
      }),
    );
    const hits = response.hits.hits;
    for (const hit of hits) if (hit._id) hashes.set(hit._id, hit._source?.hash ?? '');
    after = hits[hits.length - 1]?.sort;
    if (hits.length < HASH_PAGE || !after) return hashes;
  }
}
