import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveDataDir } from '@hub/codes';
import { sqlDb } from '@hub/runtime';
import { generatePenaltyDecisions, loadPenaltyLaws, type PenaltyDecision } from '../import/penaltyDecisions';
import { analyzer } from './analyzer';
import { allDocuments, IndexSync, syncIndex } from './indexer';
import { PostgresBackend } from './postgres/postgresBackend';
import { searchBackendFor } from './searchBackend';

/**
 * Brings the search index up to date with the knowledge tables: only changed laws and cases are sent
 * (incremental); the term frequencies a long query relies on are refreshed when anything changed.
 */
export async function syncSearchIndex(em: EntityManager, lawIds?: string[]): Promise<IndexSync> {
  const backend = searchBackendFor(em);
  await backend.prepare();
  const result = await syncIndex(sqlDb(em), backend, analyzer(), lawIds, lawIds ? [] : penaltyDecisions());
  if (backend instanceof PostgresBackend && (result.indexed || result.removed)) await backend.refreshTermStats();
  return result;
}

/** Rebuilds the whole index (no downtime: readers see the old one until the new one is complete). */
export async function rebuildSearchIndex(em: EntityManager, onProgress?: (indexed: number) => void): Promise<number> {
  const backend = searchBackendFor(em);
  await backend.prepare();
  return backend.rebuild(allDocuments(sqlDb(em), analyzer(), penaltyDecisions()), onProgress);
}

/** How many generated 行政处罚决定书 the knowledge base holds (no public source of real ones exists). */
export const PENALTY_DECISIONS = 2000;

/** The generated decisions (deterministic), when the data directory has the laws they cite. */
function penaltyDecisions(): PenaltyDecision[] {
  const dataDir = resolveDataDir();
  if (!dataDir) return [];
  try {
    return generatePenaltyDecisions(loadPenaltyLaws(dataDir), PENALTY_DECISIONS);
  } catch {
    return []; // a data directory without those laws: no decisions
  }
}
