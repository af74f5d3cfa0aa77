import type { estypes } from '@elastic/elasticsearch';
import type { AnalyzedQuery, BackendHit, FacetCount, SearchResult } from '../types';
import { searchEngineError } from './errors';

/** Terms rank three times higher in the title than in the text. */
export const TOKEN_FIELDS = ['title_tokens^3', 'text_tokens'];
/** Added to the score of documents in force (现行): ahead of 已修订 / 已废止 when the text scores about the same. */
export const CURRENT_STATUS_BOOST = 1;
/** A page is never larger than this (the service allows 50). */
const MAX_SIZE = 100;

/** The source fields a hit carries back (highlighting is done in Node from the text). */
export const HIT_SOURCE = ['id', 'kind', 'title', 'text'];

/**
 * The search request of an analysed query: every term (or one of its alternatives) in the title or text
 * tokens, every phrase exactly in the text or the title (character by character, `exact` sub-fields), the
 * filters as non-scoring clauses, a small boost for 现行; the page, the exact total and the kind and level
 * facets of the whole result. With `minimumTerms`, at least that many of the terms instead of all of them
 * (BM25 ranks the documents holding more, and rarer, terms first).
 */
export function searchRequest(index: string, query: AnalyzedQuery, minimumTerms?: number): estypes.SearchRequest {
  if (!query.terms.length && !query.phrases.length) {
    throw searchEngineError('检索', '检索式没有检索词也没有短语（应在分析检索式时拒绝）');
  }
  return {
    index,
    query: {
      bool: {
        must: [...(minimumTerms ? [someTermsClause(query, minimumTerms)] : termClauses(query)), ...query.phrases.map((p) => phraseClause(p.text))],
        filter: filterClauses(query.filter),
        should: [{ constant_score: { filter: { term: { status: '现行' } }, boost: CURRENT_STATUS_BOOST } }],
      },
    },
    from: Math.max(0, query.offset),
    size: Math.max(1, Math.min(query.first, MAX_SIZE)),
    // Equal scores in a stable order, so that pages follow each other.
    sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
    track_scores: true,
    track_total_hits: true,
    _source: HIT_SOURCE,
    aggs: {
      kinds: { terms: { field: 'kind', size: 10 } },
      levels: { terms: { field: 'level', size: 50 } },
    },
  };
}

/**
 * Terms without alternatives: one `cross_fields` match requiring all of them (each in the title or the
 * text tokens); a term with alternatives (过期 → 保质期): a match of any of them.
 */
function termClauses(query: AnalyzedQuery): estypes.QueryDslQueryContainer[] {
  const plain = query.terms.filter((t) => !query.alternatives[t]?.length);
  const clauses: estypes.QueryDslQueryContainer[] = [];
  if (plain.length) clauses.push(tokenMatch(plain, 'and'));
  for (const term of query.terms) {
    const alternatives = query.alternatives[term];
    if (alternatives?.length) clauses.push(tokenMatch([term, ...alternatives], 'or'));
  }
  return clauses;
}

/** At least `minimum` of the terms (each by itself or one of its alternatives). */
function someTermsClause(query: AnalyzedQuery, minimum: number): estypes.QueryDslQueryContainer {
  return {
    bool: {
      should: query.terms.map((term) => tokenMatch([term, ...(query.alternatives[term] ?? [])], 'or')),
      minimum_should_match: Math.min(minimum, query.terms.length),
    },
  };
}

function tokenMatch(tokens: string[], operator: 'and' | 'or'): estypes.QueryDslQueryContainer {
  return { multi_match: { query: tokens.join(' '), type: 'cross_fields', fields: TOKEN_FIELDS, operator } };
}

/** The phrase's characters adjacent and in order, in the text or in the title. */
function phraseClause(text: string): estypes.QueryDslQueryContainer {
  return {
    bool: {
      should: [{ match_phrase: { 'text.exact': text } }, { match_phrase: { 'title.exact': text } }],
      minimum_should_match: 1,
    },
  };
}

function filterClauses(filter: AnalyzedQuery['filter']): estypes.QueryDslQueryContainer[] {
  const clauses: estypes.QueryDslQueryContainer[] = [];
  if (filter.kinds?.length) clauses.push({ terms: { kind: filter.kinds } });
  if (filter.levels?.length) clauses.push({ terms: { level: filter.levels } });
  if (filter.status?.length) clauses.push({ terms: { status: filter.status } });
  if (filter.issuer) clauses.push({ term: { issuer: filter.issuer } });
  if (filter.effectiveFrom || filter.effectiveTo) {
    clauses.push({
      range: {
        effectiveDate: {
          ...(filter.effectiveFrom ? { gte: filter.effectiveFrom } : {}),
          ...(filter.effectiveTo ? { lte: filter.effectiveTo } : {}),
          format: 'yyyy-MM-dd',
        },
      },
    });
  }
  return clauses;
}

type HitSource = Pick<BackendHit, 'id' | 'kind' | 'title' | 'text'>;
type Buckets = { buckets?: { key: string | number; doc_count: number }[] };

/** The response as the port's result: hits with their score, the exact total, facets as value and count. */
export function searchResultOf(response: estypes.SearchResponse<HitSource>): SearchResult {
  const total = response.hits.total;
  const aggregations = (response.aggregations ?? {}) as Record<string, Buckets | undefined>;
  return {
    hits: response.hits.hits.map((hit) => ({
      id: hit._source?.id ?? hit._id ?? '',
      kind: hit._source?.kind as BackendHit['kind'],
      title: hit._source?.title ?? '',
      text: hit._source?.text ?? '',
      score: Number(hit._score ?? hit.sort?.[0] ?? 0),
    })),
    totalCount: typeof total === 'number' ? total : total?.value ?? 0,
    facets: { kinds: facetOf(aggregations.kinds) as SearchResult['facets']['kinds'], levels: facetOf(aggregations.levels) },
  };
}

function facetOf(aggregation: Buckets | undefined): FacetCount[] {
  return (aggregation?.buckets ?? []).map((b) => ({ value: String(b.key), count: b.doc_count }));
}
