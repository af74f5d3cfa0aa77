import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidsOf } from '../database/keys';

/** Per-request loaders live on the request context and die with it. */
export interface LoaderHost {
  loaders: Map<string, DataLoader<any, any>>;
}

/** The named loader of this request, created on first use. */
export function loaderOf<K, V>(ctx: LoaderHost, name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, loader);
  }
  return loader;
}

/** Rows in key order, `null` where a key has no row (for one-to-one loads). */
export function oneByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((k) => index.get(k) ?? null);
}

/** Rows grouped per key, in key order (for one-to-many loads). */
export function manyByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/**
 * The request's by-id loader of a record entity (reference resolution, `x.inspection` fields): one query
 * per request, malformed ids answered with null instead of failing the batch.
 */
export function recordById<T extends { id: string }>(ctx: LoaderHost & { em: EntityManager }, entity: EntityClass<T>): DataLoader<string, T | null> {
  return loaderOf<string, T | null>(ctx, `${entity.name}.byId`, async (ids) =>
    oneByKey(ids, (await ctx.em.find(entity, { id: { $in: uuidsOf(ids) } } as unknown as FilterQuery<T>)) as T[], (r) => r.id));
}
