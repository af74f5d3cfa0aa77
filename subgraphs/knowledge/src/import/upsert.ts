import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from './pgArray';

/**
 * Inserts rows, or overwrites every given column of rows that exist (by id) and bumps their optimistic-lock
 * version. The ORM converts the values (arrays, JSON) on insert; `excluded.*` carries them to the update.
 * Runs inside the caller's transaction when there is one.
 */
export async function upsertById<T extends object>(em: EntityManager, entity: new () => T, table: string, rows: (Record<string, unknown> & { id: string })[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]).filter((k) => k !== 'id' && k !== 'createdAt') as never[];
  await em.createQueryBuilder(entity).insert(rows as never[]).onConflict('id').merge(columns).execute('run');
  // An updated row keeps its created_at and gets a new updated_at; a fresh row has both equal.
  await em.getConnection().execute(
    `update "knowledge"."${table}" set version = version + 1 where id = any(?::uuid[]) and created_at <> updated_at`,
    [uuidArray(rows.map((r) => r.id))],
    'run',
    em.getTransactionContext(),
  );
}

/**
 * Plain multi-row insert of already-converted scalar rows straight through knex (the ORM's query builder
 * costs more than the database for tens of thousands of article rows); existing ids are skipped.
 */
export async function insertIgnoring<T extends object>(em: EntityManager, entity: new () => T, rows: Record<string, unknown>[]): Promise<number> {
  if (!rows.length) return 0;
  const meta = em.getMetadata().get(entity.name);
  const column = (prop: string) => meta.properties[prop as keyof typeof meta.properties].fieldNames[0];
  const converted = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [column(k), v])));
  const query = em.getKnex().withSchema('knowledge').table(meta.tableName).insert(converted).onConflict('id').ignore();
  const res = await em.getConnection().execute(query, [], 'run', em.getTransactionContext());
  return (res as { affectedRows?: number }).affectedRows ?? 0;
}
