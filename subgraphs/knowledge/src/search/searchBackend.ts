import type { EntityManager } from '@mikro-orm/postgresql';
import { PostgresBackend } from './postgres/postgresBackend';
import type { SearchBackend } from './types';

let external: SearchBackend | null | undefined;

/** Elasticsearch when `ELASTICSEARCH_URL` is set (one client per process), else PostgreSQL on this entity manager's connection. */
export function searchBackendFor(em: EntityManager): SearchBackend {
  if (external === undefined) external = elasticsearchFromEnv();
  return external ?? new PostgresBackend(em);
}

/** Filled in by the Elasticsearch adapter (search/elasticsearch); null while it is not configured. */
function elasticsearchFromEnv(): SearchBackend | null {
  if (!process.env.ELASTICSEARCH_URL) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { elasticsearchBackendFromEnv } = require('./elasticsearch') as { elasticsearchBackendFromEnv: () => SearchBackend | null };
  return elasticsearchBackendFromEnv();
}
