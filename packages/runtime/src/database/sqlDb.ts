import type { EntityManager } from '@mikro-orm/postgresql';

/** SQL with pg-style `$n` placeholders on some connection (the import pipeline's `ChunkDb` has the same shape). */
export interface SqlDb {
  query<R = any>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * The request's database as an `SqlDb`, so resolvers can share SQL written for `pg` (`$n` placeholders).
 * knex binds `?` in order and expands arrays into lists, so `$n` become `?` in the order they appear and
 * arrays go as PostgreSQL array literals. Inside `em.transactional` it runs in that transaction.
 */
export function sqlDb(em: EntityManager): SqlDb {
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

const arrayLiteral = (values: unknown[]) =>
  `{${values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
