import type { estypes } from '@elastic/elasticsearch';
import type { SearchDocument } from '../types';
import type { ChineseAnalysis } from './analyzers';

/**
 * The index: jieba tokens, space-joined, in `whitespace`-analysed fields (what terms match and rank on —
 * the same analysis as the PostgreSQL backend); the plain title and text with the cluster's best Chinese
 * analyzer, each with an `exact` sub-field (`standard`: one token per CJK character) for quoted phrases;
 * keywords for the filters, facets and the incremental re-index.
 */
export function indexMappings(analysis: ChineseAnalysis): estypes.MappingTypeMapping {
  const chineseText = (): estypes.MappingTextProperty => ({
    type: 'text',
    analyzer: analysis.analyzer,
    ...(analysis.searchAnalyzer ? { search_analyzer: analysis.searchAnalyzer } : {}),
    fields: { exact: { type: 'text', analyzer: 'standard' } },
  });
  const keyword = (): estypes.MappingKeywordProperty => ({ type: 'keyword' });
  return {
    dynamic: 'strict',
    properties: {
      id: keyword(),
      kind: keyword(),
      lawId: keyword(),
      title: chineseText(),
      numberText: keyword(),
      chapterPath: { type: 'keyword', index: false, doc_values: false },
      text: chineseText(),
      level: keyword(),
      issuer: keyword(),
      status: keyword(),
      effectiveDate: { type: 'date', format: 'yyyy-MM-dd' },
      hash: keyword(),
      title_tokens: { type: 'text', analyzer: 'whitespace' },
      text_tokens: { type: 'text', analyzer: 'whitespace' },
    },
  };
}

/** The indexed source of a document (the tokens space-joined; the whitespace analyzer splits them back). */
export function sourceOf(document: SearchDocument): Record<string, unknown> {
  return {
    id: document.id,
    kind: document.kind,
    lawId: document.lawId,
    title: document.title,
    numberText: document.numberText,
    chapterPath: document.chapterPath,
    text: document.text,
    level: document.level,
    issuer: document.issuer,
    status: document.status,
    effectiveDate: document.effectiveDate,
    hash: document.hash,
    title_tokens: document.titleTokens.join(' '),
    text_tokens: document.textTokens.join(' '),
  };
}
