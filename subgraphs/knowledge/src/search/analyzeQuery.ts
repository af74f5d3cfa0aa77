import { HubError } from '@hub/runtime';
import type { Analyzer } from './analyzer';
import { synonymsOf } from './synonyms';
import type { AnalyzedQuery, SearchFilter } from './types';

/** Longer queries are cut here (a pasted paragraph still searches, on its beginning). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 50;

/** "…", “…”, 「…」 and 『…』 quote a phrase. */
const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g;

/**
 * The query as the backends take it: cut to MAX_QUERY_LENGTH, quoted phrases apart (each must occur as
 * written), the rest cut into terms. An empty query, or one of stop words and punctuation only, is a client
 * error on `query`.
 */
export function analyzeQuery(analyzer: Analyzer, raw: string, filter: SearchFilter | null | undefined, first: number, offset: number): AnalyzedQuery {
  const text = [...raw.trim()].slice(0, MAX_QUERY_LENGTH).join('');
  if (!text) throw new HubError('EMPTY_QUERY', '请输入检索内容（不能为空或只有空格）', 'query');
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new HubError('INVALID_PAGE_SIZE', `每页条数应为 1–${MAX_PAGE}`, 'first');
  const phrases: AnalyzedQuery['phrases'] = [];
  const rest = text.replace(QUOTED, (_m, ...groups: (string | undefined)[]) => {
    const phrase = groups.slice(0, 4).find((g) => g !== undefined)!.trim();
    const tokens = analyzer.queryTerms(phrase);
    if (phrase && tokens.length) phrases.push({ text: analyzer.normalise(phrase), tokens });
    return ' ';
  });
  const terms = analyzer.queryTerms(rest);
  if (!terms.length && !phrases.length) {
    throw new HubError('QUERY_WITHOUT_TERMS', `检索内容「${text.slice(0, 20)}」只有标点或常用虚词，请换用有意义的词语`, 'query');
  }
  const alternatives: Record<string, string[]> = {};
  for (const term of terms) {
    const others = synonymsOf(term);
    if (others.length) alternatives[term] = others;
  }
  return { text, terms, alternatives, phrases, filter: filter ?? {}, first, offset };
}
