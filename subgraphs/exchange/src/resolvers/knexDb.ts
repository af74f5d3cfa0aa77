import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChunkDb } from '@hub/governance';

/**
 * The request's database as the pipeline's `ChunkDb`, so resolvers reuse the pipeline's SQL (pg-style `$n`
 * placeholders). knex binds `?` in order and expands arrays into lists, so `$n` become `?` in the order they
 * appear and arrays go as PostgreSQL array literals. Inside `em.transactional` it runs in that transaction.
 */
export function knexDb(em: EntityManager): ChunkDb {
  return {
    async query(sql, params = []) {
      const bindings: unknown[] = [];
      const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
        const value = params[Number(n) - 1];
        bindings.push(Array.isArray(value) ? arrayLiteral(value) : value);
        return '?';
      });
      const query = em.getConnection().getKnex().raw(text, bindings as never[]);
      const tx = em.getTransactionContext();
      const result = (await (tx ? query.transacting(tx) : query)) as { rows: unknown[]; rowCount: number | null };
      return { rows: result.rows as never[], rowCount: result.rowCount };
    },
  };
}

const arrayLiteral = (values: unknown[]) => `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
