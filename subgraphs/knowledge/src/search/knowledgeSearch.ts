import type { SubgraphContext } from '@hub/runtime';
import { HubError } from '@hub/runtime';
import { articleByCitation } from '../resolvers/LawArticleResolver';
import { analyzer } from './analyzer';
import { analyzeQuery } from './analyzeQuery';
import { highlightAll, snippets } from './highlight';
import { findArticleReference } from './references';
import type { DocumentKind, FacetCount, SearchBackend, SearchFilter } from './types';

export interface KnowledgeHitView {
  id: string;
  kind: DocumentKind;
  score: number;
  title: string;
  snippets: string[];
  /** The document's text, plain. */
  text: string;
  /** The hit is the article the query names (e.g. 食品安全法第一百二十四条). */
  isReference: boolean;
}

export interface KnowledgeSearchView {
  hits: KnowledgeHitView[];
  totalCount: number;
  facets: { kinds: FacetCount[]; levels: FacetCount[] };
  hasNextPage: boolean;
  endCursor: string | null;
  backend: string;
}

const cursorOf = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const m = /^o:(\d{1,6})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw new HubError('INVALID_CURSOR', '分页游标无效（请使用上一页返回的 endCursor）', 'after');
  return Number(m[1]);
}

/**
 * 知识检索: the analysed query on the backend, the article a reference in it names as the first hit, and
 * highlights made here from the hits' texts (the same for both backends).
 */
export async function searchKnowledge(
  ctx: SubgraphContext,
  backend: SearchBackend,
  input: { query: string; filter?: SearchFilter | null; first: number; after?: string | null },
): Promise<KnowledgeSearchView> {
  const offset = offsetOf(input.after);
  const analysed = analyzeQuery(analyzer(), input.query, input.filter, input.first, offset);
  const reference = findArticleReference(analysed.text);
  const wantsArticles = !analysed.filter.kinds?.length || analysed.filter.kinds.includes('article');
  const article = reference && wantsArticles ? await articleByCitation(ctx, reference.law, reference.numberText) : null;
  // The named article leads the first page (and is left out where the backend ranks it too).
  const leading = article !== null && offset === 0;
  const result = await backend.search(leading ? { ...analysed, first: Math.max(1, analysed.first - 1) } : analysed);
  const words = [...analysed.terms, ...Object.values(analysed.alternatives).flat(), ...analysed.phrases.map((p) => p.text)];
  const hits: KnowledgeHitView[] = result.hits
    .filter((h) => !(article && h.id === article.id))
    .map((h) => ({ id: h.id, kind: h.kind, score: h.score, title: highlightAll(h.title, words), snippets: snippets(h.text, words), text: h.text, isReference: false }));
  if (leading) {
    const law = await ctx.em.getConnection().execute<{ title: string }[]>(`select title from knowledge.law where id = ?`, [article.lawId]);
    hits.unshift({
      id: article.id, kind: 'article', score: (result.hits[0]?.score ?? 0) + 1, isReference: true,
      title: highlightAll(`${law[0]?.title ?? reference!.law} ${article.numberText}`, [reference!.law, article.numberText]),
      snippets: snippets(article.text, words), text: article.text,
    });
    hits.splice(analysed.first);
  }
  const totalCount = result.totalCount + (article && !result.hits.some((h) => h.id === article.id) && leading ? 1 : 0);
  // The cursor counts the backend's ranking: what this page consumed of it.
  const next = offset + result.hits.length;
  return {
    hits, totalCount, facets: result.facets, hasNextPage: next < result.totalCount, endCursor: hits.length ? cursorOf(next) : null, backend: backend.name,
  };
}
