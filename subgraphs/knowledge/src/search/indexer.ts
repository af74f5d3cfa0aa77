import type { SqlDb } from '@hub/runtime';
import type { Analyzer } from './analyzer';
import type { PenaltyDecision } from '../import/penaltyDecisions';
import { caseDocuments, decisionDocuments, lawDocuments } from './documents';
import type { SearchBackend, SearchDocument } from './types';

export interface IndexSync {
  laws: number;
  indexed: number;
  removed: number;
}

/** Laws per batch of a full rebuild (a few thousand documents). */
const LAWS_PER_BATCH = 20;

/**
 * Incremental: re-indexes only the laws whose documents changed (new, changed text, changed status — a
 * new version makes the old one 已修订) and removes the documents of laws that are gone; then the cases and
 * the generated penalty decisions.
 * Unchanged documents are not sent again (their hashes match).
 */
export async function syncIndex(db: SqlDb, backend: SearchBackend, analyzer: Analyzer, lawIds?: string[], decisions: PenaltyDecision[] = []): Promise<IndexSync> {
  const ids = lawIds ?? (await db.query<{ id: string }>(`select id from knowledge.law where data_status = 'normal' order by id`)).rows.map((r) => r.id);
  const result: IndexSync = { laws: 0, indexed: 0, removed: 0 };
  for (let i = 0; i < ids.length; i += LAWS_PER_BATCH) {
    const batch = ids.slice(i, i + LAWS_PER_BATCH);
    const documents = await lawDocuments(db, analyzer, batch);
    for (const lawId of batch) {
      const own = documents.filter((d) => d.lawId === lawId);
      const changed = await replaceDocuments(backend, await backend.storedHashes({ lawId }), own);
      if (changed.indexed || changed.removed) result.laws++;
      result.indexed += changed.indexed;
      result.removed += changed.removed;
    }
  }
  if (!lawIds) {
    for (const [kind, documents] of [['case', await caseDocuments(db, analyzer)], ['decision', decisionDocuments(analyzer, decisions)]] as const) {
      const changed = await replaceDocuments(backend, await backend.storedHashes({ kind }), documents);
      result.indexed += changed.indexed;
      result.removed += changed.removed;
    }
  }
  return result;
}

/** Sends what differs from the stored hashes, removes what is no longer there. */
async function replaceDocuments(backend: SearchBackend, stored: Map<string, string>, documents: SearchDocument[]) {
  const changed = documents.filter((d) => stored.get(d.id) !== d.hash);
  const gone = [...stored.keys()].filter((id) => !documents.some((d) => d.id === id));
  if (changed.length) await backend.upsert(changed);
  if (gone.length) await backend.remove(gone);
  return { indexed: changed.length, removed: gone.length };
}

/** Every document, in batches, for a full rebuild. */
export async function* allDocuments(db: SqlDb, analyzer: Analyzer, decisions: PenaltyDecision[] = []): AsyncGenerator<SearchDocument[]> {
  const ids = (await db.query<{ id: string }>(`select id from knowledge.law where data_status = 'normal' order by id`)).rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += LAWS_PER_BATCH) yield await lawDocuments(db, analyzer, ids.slice(i, i + LAWS_PER_BATCH));
  yield await caseDocuments(db, analyzer);
  for (let i = 0; i < decisions.length; i += 500) yield decisionDocuments(analyzer, decisions.slice(i, i + 500));
}
