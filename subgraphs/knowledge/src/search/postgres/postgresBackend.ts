import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlDb, type SqlDb } from '@hub/runtime';
import type { AnalyzedQuery, BackendHit, DocumentKind, FacetCount, SearchBackend, SearchDocument, SearchResult } from '../types';
import { anyOf, groupsOf, lexeme, searchConditions } from './conditions';

const TABLE = 'knowledge.search_entry';
const BATCH = 500;

/**
 * The default backend: jieba tokens in a `simple` tsvector (title weight A, text D) with a GIN index,
 * ranked with `ts_rank_cd` (normalised by length, so a short article that is all about the query beats a
 * long one that mentions it), and a term-frequency table that lets a long question drop its most common
 * words until something matches.
 */
export class PostgresBackend implements SearchBackend {
  readonly name = 'postgres' as const;

  constructor(private readonly em: EntityManager) {}

  /** SQL on the entity manager's connection (inside its transaction when there is one). */
  private db(): SqlDb {
    return sqlDb(this.em);
  }

  async prepare(): Promise<void> {
    // The migration made the tables.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (let i = 0; i < documents.length; i += BATCH) {
      const rows = documents.slice(i, i + BATCH).map((d) => ({
        id: d.id, kind: d.kind, law_id: d.lawId, title: d.title, number_text: d.numberText, chapter_path: d.chapterPath, text: d.text,
        level: d.level, issuer: d.issuer, status: d.status, effective_date: d.effectiveDate, hash: d.hash,
        tsv: tsvectorOf(d.titleTokens, d.textTokens),
      }));
      await this.db().query(
        `insert into ${TABLE} (id, kind, law_id, title, number_text, chapter_path, text, level, issuer, status, effective_date, hash, tsv)
         select id, kind, law_id, title, number_text, chapter_path, text, level, issuer, status, effective_date, hash,
                tsv::tsvector
         from json_to_recordset($1::json) as r(id text, kind text, law_id uuid, title text, number_text text, chapter_path text, text text,
              level text, issuer text, status text, effective_date date, hash text, tsv text)
         on conflict (id) do update set kind = excluded.kind, law_id = excluded.law_id, title = excluded.title, number_text = excluded.number_text,
           chapter_path = excluded.chapter_path, text = excluded.text, level = excluded.level, issuer = excluded.issuer, status = excluded.status,
           effective_date = excluded.effective_date, hash = excluded.hash, tsv = excluded.tsv`,
        [JSON.stringify(rows)],
      );
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += BATCH) {
      await this.db().query(`delete from ${TABLE} where id = any($1::text[])`, [ids.slice(i, i + BATCH)]);
    }
  }

  async storedHashes(scope: { lawId: string } | { kind: DocumentKind }): Promise<Map<string, string>> {
    const { rows } = 'lawId' in scope
      ? await this.db().query<{ id: string; hash: string }>(`select id, hash from ${TABLE} where law_id = $1`, [scope.lawId])
      : await this.db().query<{ id: string; hash: string }>(`select id, hash from ${TABLE} where kind = $1 and law_id is null`, [scope.kind]);
    return new Map(rows.map((r) => [r.id, r.hash]));
  }

  /** Refreshes the term frequencies from the index (after a rebuild or a large change). */
  async refreshTermStats(): Promise<void> {
    await this.db().query(`delete from knowledge.search_term`);
    await this.db().query(
      `insert into knowledge.search_term (token, docs) select word, ndoc from ts_stat('select tsv from ${TABLE}') where length(word) between 1 and 100`,
    );
    // The empty token holds the number of documents (the N of idf).
    await this.db().query(`insert into knowledge.search_term (token, docs) select '', count(*) from ${TABLE}`);
  }

  async rebuild(documents: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<number> {
    // One transaction: readers see the old index until the new one is complete.
    const indexed = await this.em.transactional(async (tx) => {
      const inTx = new PostgresBackend(tx as EntityManager);
      let count = 0;
      await inTx.db().query(`delete from ${TABLE}`);
      for await (const batch of documents) {
        await inTx.upsert(batch);
        count += batch.length;
        onProgress?.(count);
      }
      await inTx.refreshTermStats();
      return count;
    });
    await this.db().query(`analyze ${TABLE}`);
    return indexed;
  }

  /**
   * Every term (or one of its alternatives) in every hit, ranked by `ts_rank_cd`, when that gives a full
   * page; otherwise — a question in everyday words that no single text holds all of — the documents holding
   * two of its informative terms (or one, when no document holds two), ranked first by how much of the query
   * they cover (each term weighted by its rarity, idf), then by `ts_rank_cd`. Phrases are required either way.
   */
  async search(query: AnalyzedQuery): Promise<SearchResult> {
    const db = this.db();
    const groups = groupsOf(query);
    // The term frequencies are fetched beside the first try: a fallback then costs one round trip less.
    const [all, idf] = await Promise.all([
      this.page(db, query, searchConditions(query, 'all', groups), groups, null),
      groups.length > 1 ? this.inverseFrequencies(db, groups) : Promise.resolve(null),
    ]);
    if (!idf || all.totalCount >= query.offset + query.first) return all;
    const informative = groups.filter((_, i) => idf[i] >= MIN_INFORMATIVE_IDF);
    const candidates = informative.length ? informative : groups;
    // Documents sharing two of the telling words if there are any, else one.
    if (candidates.length >= 3) {
      const pairs = await this.page(db, query, searchConditions(query, 'pairs', candidates), groups, idf);
      if (pairs.totalCount > 0) return pairs;
    }
    return this.page(db, query, searchConditions(query, 'any', candidates), groups, idf);
  }

  /** A page of hits and the facets over all of them; `idf` given: ranked by coverage of the term groups first. */
  private async page(db: SqlDb, query: AnalyzedQuery, where: { sql: string; params: unknown[] }, groups: string[][], idf: number[] | null): Promise<SearchResult> {
    const base = where.params.length;
    const coverageParams = idf ? groups.map(anyOf) : [];
    const coverage = idf ? groups.map((_, i) => `case when tsv @@ $${base + i + 1}::tsquery then ${idf[i].toFixed(4)} else 0 end`).join(' + ') : '0';
    const rankParam = `$${base + coverageParams.length + 1}`;
    const rankTokens = [...new Set([...groups.flat(), ...query.phrases.flatMap((p) => p.tokens)])];
    const params = [...where.params, ...coverageParams, rankTokens.map(lexeme).join(' | ') || "''"];
    const [hits, facets] = await Promise.all([
      db.query<BackendHit & { score: string }>(
        `select id, kind, title, text,
                (${coverage}) + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', tsv, ${rankParam}::tsquery, 1) * case when status = '现行' then 1 else 0.6 end as score
         from ${TABLE} where ${where.sql}
         order by score desc, id
         limit ${Math.max(1, Math.min(query.first, 100))} offset ${Math.max(0, query.offset)}`,
        params,
      ),
      db.query<{ facet: string; value: string | null; count: string }>(
        `select case when grouping(kind) = 0 then 'kind' else 'level' end as facet, coalesce(kind, level) as value, count(*) as count
         from ${TABLE} where ${where.sql}
         group by grouping sets ((kind), (level))`,
        where.params,
      ),
    ]);
    const kinds: FacetCount[] = [];
    const levels: FacetCount[] = [];
    for (const f of facets.rows) {
      if (f.value === null) continue;
      (f.facet === 'kind' ? kinds : levels).push({ value: f.value, count: Number(f.count) });
    }
    const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value);
    return {
      hits: hits.rows.map((h) => ({ id: h.id, kind: h.kind, title: h.title, text: h.text, score: Number(h.score) })),
      totalCount: kinds.reduce((n, k) => n + k.count, 0),
      facets: { kinds: kinds.sort(byCount), levels: levels.sort(byCount) },
    };
  }

  /** ln(N / df) of each term group (df of its most frequent token; 1 for a token no document has; N kept under the empty token). */
  private async inverseFrequencies(db: SqlDb, groups: string[][]): Promise<number[]> {
    const tokens = ['', ...new Set(groups.flat())];
    const { rows } = await db.query<{ token: string; docs: number }>(`select token, docs from knowledge.search_term where token = any($1::text[])`, [tokens]);
    const docs = new Map(rows.map((r) => [r.token, Number(r.docs)]));
    const n = Math.max(docs.get('') ?? 1, 1);
    return groups.map((g) => Math.log(n / Math.max(1, ...g.map((t) => docs.get(t) ?? 1))));
  }
}

/** Terms in more than about one document in twenty (idf < ln 20) do not make a document a candidate on their own. */
const MIN_INFORMATIVE_IDF = Math.log(20);

/** tsvector positions stop at 16,383 (later tokens keep the last position). */
const MAX_POSITION = 16383;

/**
 * The tokens as a tsvector literal — the title's weighted A, the text's D, with their positions — taken as
 * they are (no text-search parser in between), so a query lexeme matches exactly the token jieba made.
 */
export function tsvectorOf(titleTokens: string[], textTokens: string[]): string {
  const positions = new Map<string, string[]>();
  let at = 0;
  const add = (token: string, weight: 'A' | 'D') => {
    at = Math.min(at + 1, MAX_POSITION);
    const list = positions.get(token) ?? [];
    // PostgreSQL keeps at most 256 positions of a lexeme.
    if (list.length < 256) list.push(`${at}${weight}`);
    positions.set(token, list);
  };
  for (const t of titleTokens) add(t, 'A');
  for (const t of textTokens) add(t, 'D');
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}
