import type { Client, estypes } from '@elastic/elasticsearch';
import type { AnalyzedQuery, BackendHit, DocumentKind, SearchBackend, SearchDocument, SearchResult } from '../types';
import { detectChineseAnalysis } from './analyzers';
import { bulkDelete, bulkIndex } from './bulk';
import { call, hasStatus, reasonOf, searchEngineError } from './errors';
import { freshIndexName } from './indexNames';
import { indexMappings } from './mapping';
import { searchRequest, searchResultOf } from './queryDsl';
import { storedHashes } from './storedHashes';

export const DEFAULT_ALIAS = 'hub-knowledge';

export interface ElasticsearchBackendOptions {
  client: Client;
  /** The alias every read and write goes through (default `hub-knowledge`). */
  alias?: string;
  /** The clock that names new indices (tests set it). */
  now?: () => Date;
}

/**
 * 知识检索 on Elasticsearch: the documents in a versioned index (`<alias>-v<yyyymmddhhmmss>`) behind an alias.
 * Reads and incremental writes go through the alias; a rebuild loads a new index and swaps the alias in
 * one atomic step, so searches never see a half-built index.
 */
export class ElasticsearchBackend implements SearchBackend {
  readonly name = 'elasticsearch' as const;
  readonly alias: string;
  private readonly client: Client;
  private readonly now: () => Date;

  constructor(options: ElasticsearchBackendOptions) {
    this.client = options.client;
    this.alias = options.alias ?? DEFAULT_ALIAS;
    this.now = options.now ?? (() => new Date());
  }

  /** Creates the first versioned index, with the alias on it, when the alias does not exist. */
  async prepare(): Promise<void> {
    const exists = await call('检查索引别名', () => this.client.indices.existsAlias({ name: this.alias }));
    if (exists) return;
    await this.createIndex(freshIndexName(this.alias, this.now(), []), true);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await bulkIndex(this.client, this.alias, documents, 'wait_for', '写入文档');
  }

  async remove(ids: string[]): Promise<void> {
    await bulkDelete(this.client, this.alias, ids, 'wait_for', '删除文档');
  }

  storedHashes(scope: { lawId: string } | { kind: DocumentKind }): Promise<Map<string, string>> {
    return storedHashes(this.client, this.alias, scope);
  }

  /**
   * Every term when enough documents hold them all (a full page); otherwise — as on PostgreSQL — the
   * documents holding two of the terms if there are any, else one of them.
   */
  async search(query: AnalyzedQuery): Promise<SearchResult> {
    const run = async (minimumTerms?: number) =>
      searchResultOf(await call('检索', () => this.client.search<Pick<BackendHit, 'id' | 'kind' | 'title' | 'text'>>(searchRequest(this.alias, query, minimumTerms))));
    const all = await run();
    if (query.terms.length <= 1 || all.totalCount >= query.offset + query.first) return all;
    if (query.terms.length >= 3) {
      const two = await run(2);
      if (two.totalCount > 0) return two;
    }
    return run(1);
  }

  /**
   * A new index, loaded in bulk without refreshing and refreshed once; then one `_aliases` call moves the
   * alias from the old index to the new one (atomic: searches see one or the other, never neither) and the
   * old index is deleted. If the load fails, the new index is deleted and the alias stays where it was.
   */
  async rebuild(documents: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<number> {
    const index = freshIndexName(this.alias, this.now(), await this.indicesBehindAlias());
    await this.createIndex(index, false);
    let indexed = 0;
    try {
      for await (const batch of documents) {
        await bulkIndex(this.client, index, batch, false, '重建索引（写入文档）');
        indexed += batch.length;
        onProgress?.(indexed);
      }
      await call('重建索引（刷新）', () => this.client.indices.refresh({ index }));
    } catch (error) {
      await this.client.indices.delete({ index }).catch(() => undefined);
      throw error;
    }
    // Whatever the alias points to now (read again: the load took a while).
    const old = await this.indicesBehindAlias();
    const actions: estypes.IndicesUpdateAliasesAction[] = [
      ...old.map((name) => ({ remove: { index: name, alias: this.alias } })),
      { add: { index, alias: this.alias } },
    ];
    // Not undone on failure: a timed-out swap may still have happened, and deleting the new index would then drop the alias.
    await call(`重建索引（切换别名到 ${index}）`, () => this.client.indices.updateAliases({ actions }));
    for (const name of old) await call(`重建索引（删除旧索引 ${name}）`, () => this.client.indices.delete({ index: name }));
    return indexed;
  }

  /** The indices the alias points to (none before the first prepare). */
  private async indicesBehindAlias(): Promise<string[]> {
    try {
      return Object.keys(await this.client.indices.getAlias({ name: this.alias }));
    } catch (error) {
      if (hasStatus(error, 404)) return [];
      throw searchEngineError('读取索引别名', reasonOf(error));
    }
  }

  /** Creates a versioned index with the mapping for the cluster's Chinese analysis (asked once per index). */
  private async createIndex(index: string, withAlias: boolean): Promise<void> {
    const analysis = await detectChineseAnalysis(this.client);
    await call('创建索引', () =>
      this.client.indices.create({
        index,
        mappings: indexMappings(analysis),
        ...(withAlias ? { aliases: { [this.alias]: {} } } : {}),
      }),
    );
  }
}
