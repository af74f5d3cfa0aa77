import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import type { ConnectionSource } from '../pipeline/runImport';

/**
 * The subgraph's own connection pool (MikroORM's knex) as the pipeline's connection source: an online
 * delivery runs on a raw `pg` client taken from it and given back when done.
 */
export function knexPool(em: EntityManager): ConnectionSource {
  const client = em.getConnection().getKnex().client as { acquireConnection(): Promise<PoolClient>; releaseConnection(c: PoolClient): Promise<void> };
  return {
    async connect() {
      const connection = await client.acquireConnection();
      return Object.assign(connection, { release: () => void client.releaseConnection(connection) }) as PoolClient;
    },
  };
}
