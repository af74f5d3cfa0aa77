/**
 * 知识检索: one port, two backends (PostgreSQL by default, Elasticsearch when ELASTICSEARCH_URL is set).
 * Both index the same documents, analysed the same way (jieba with the legal dictionaries, in Node), and
 * answer the same analysed query: the contract suite (test/search.contract.ts) runs against each.
 */

/** What a search document is: a whole law, one article (条), a court case, an administrative penalty decision. */
export const DOCUMENT_KINDS = ['law', 'article', 'case', 'decision'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One searchable document, as both backends index it. */
export interface SearchDocument {
  /** Stable id: the Law / LawArticle / LegalCase id, or `decision:<decision number>`. */
  id: string;
  kind: DocumentKind;
  /** The law a law or article document belongs to (re-indexing a law replaces exactly its documents). */
  lawId: string | null;
  /** Law title (law, article), case title, decision title. */
  title: string;
  /** For articles: 第X条; null otherwise. */
  numberText: string | null;
  /** 编 / 章 / 节 of an article, joined with ' / '. */
  chapterPath: string | null;
  /** The text searched and highlighted: the article text, the law's preamble or first articles, the case sections, the decision. */
  text: string;
  /** 效力位阶 (law, article); 'case' and 'decision' kinds carry null. */
  level: string | null;
  /** 制定机关 / court / 作出决定机关. */
  issuer: string | null;
  /** 现行 / 已修订 / 已废止 (laws and articles); cases and decisions are 现行. */
  status: string;
  /** 施行日期 (laws, articles), decision date (cases, decisions), YYYY-MM-DD. */
  effectiveDate: string | null;
  /** jieba tokens of `title` and of `text` (computed once by the analyser, used by both backends). */
  titleTokens: string[];
  textTokens: string[];
  /** Hash of the fields above: an unchanged document is not re-indexed. */
  hash: string;
}

export interface SearchFilter {
  kinds?: DocumentKind[] | null;
  levels?: string[] | null;
  status?: string[] | null;
  issuer?: string | null;
  /** Documents effective on or after / on or before (YYYY-MM-DD). */
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

/** The query after analysis: what the backends search for. */
export interface AnalyzedQuery {
  /** The query as typed (trimmed, cut to the maximum length). */
  text: string;
  /** Terms to match (jieba tokens of the unquoted part, stop words removed), all of them by default. */
  terms: string[];
  /**
   * Other index tokens that count as a term (口语 → 法律用语, synonyms.ts): a term is matched by itself or any
   * of these. Terms without alternatives are absent.
   */
  alternatives: Record<string, string[]>;
  /** Quoted phrases: each must occur exactly (its tokens, adjacent and in order, and the characters themselves). */
  phrases: { text: string; tokens: string[] }[];
  filter: SearchFilter;
  /** Page: `first` hits after `offset`. */
  first: number;
  offset: number;
}

/** A hit as a backend returns it: highlighting is done once, in Node, for both backends (highlight.ts). */
export interface BackendHit {
  id: string;
  kind: DocumentKind;
  score: number;
  title: string;
  text: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: BackendHit[];
  totalCount: number;
  facets: { kinds: FacetCount[]; levels: FacetCount[] };
}

/** A search backend: the index and the queries on it. */
export interface SearchBackend {
  readonly name: 'postgres' | 'elasticsearch';
  /** Creates the index if it does not exist (PostgreSQL: the migration did; Elasticsearch: versioned index behind the alias). */
  prepare(): Promise<void>;
  /** Adds or replaces documents (by id). */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id. */
  remove(ids: string[]): Promise<void>;
  /** The ids and hashes stored for a law (or for a kind without a law): what an incremental re-index compares against. */
  storedHashes(scope: { lawId: string } | { kind: DocumentKind }): Promise<Map<string, string>>;
  search(query: AnalyzedQuery): Promise<SearchResult>;
  /** Rebuilds the whole index from `documents` with no downtime (Elasticsearch: new index, then the alias swaps). */
  rebuild(documents: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<number>;
}
