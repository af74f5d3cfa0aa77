import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '../database/databaseUrl';
import { startSubgraph, RunningSubgraph } from '../server/startSubgraph';
import { SubgraphDefinition } from '../server/subgraph';
import { createContext } from '../server/context';
import { resolveDataDir } from '@hub/codes';

/** The server tests run against: DATABASE_URL, set by .ci/run or by test/globalSetup.ts (embedded). */
export function testServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run tests through jest (test/globalSetup.ts starts PostgreSQL)');
  return url;
}

/** A database of its own for one test file, dropped by `drop()`. */
export async function createTestDatabase(label = 'test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hub_${label.replace(/\W/g, '_').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(testServerUrl(), name);
  return { url, drop: () => dropDatabase(testServerUrl(), name) };
}

export interface TestHub {
  databaseUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  stop(): Promise<void>;
}

/**
 * Starts subgraphs on loopback against a fresh database, migrated and (with `seedScale`) seeded with the
 * deterministic city from HUB_DATA_DIR.
 */
export async function startTestSubgraphs(definitions: SubgraphDefinition[], { seedScale }: { seedScale?: number } = {}): Promise<TestHub> {
  const database = await createTestDatabase(definitions.map((d) => d.name[0]).join(''));
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const definition of definitions) {
      const running = await startSubgraph(definition, { clientUrl: database.url });
      subgraphs[definition.name] = running;
      if (seedScale && definition.seed) {
        await definition.seed(createContext(running.orm).em, { scale: seedScale, dataDir: resolveDataDir() });
      }
    }
  } catch (error) {
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
    await database.drop();
    throw error;
  }
  return {
    databaseUrl: database.url,
    subgraphs,
    async stop() {
      await Promise.allSettled(Object.values(subgraphs).map((s) => s.stop()));
      await database.drop();
    },
  };
}

/** POSTs a GraphQL operation and returns the parsed body (errors included, never thrown). */
export async function graphqlRequest<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ data?: T; errors?: any[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: any[] };
}
