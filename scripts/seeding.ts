import { Client } from 'pg';
import { createContext, logger, Orm, resolveDataDirLogged, SubgraphDefinition } from '@hub/runtime';

/**
 * Runs the libraries' seeds (each idempotent) in parallel and records them in hub_meta.seed_run, so that
 * `npm start` seeds a library only on its first start.
 */
export async function seedLibraries(
  databaseUrl: string,
  libraries: { definition: SubgraphDefinition; orm: Orm }[],
  scale: number,
  { onlyUnseeded }: { onlyUnseeded: boolean },
): Promise<Record<string, Record<string, number>>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('create schema if not exists hub_meta');
    await client.query('create table if not exists hub_meta.seed_run (subgraph text primary key, scale numeric not null, counts jsonb not null, seeded_at timestamptz not null default now())');
    const { rows } = await client.query<{ subgraph: string }>('select subgraph from hub_meta.seed_run');
    const done = new Set(onlyUnseeded ? rows.map((r) => r.subgraph) : []);
    const pending = libraries.filter(({ definition }) => definition.seed && !done.has(definition.name));
    if (!pending.length) return {};
    const dataDir = resolveDataDirLogged();
    logger.info({ scale, subgraphs: pending.map((l) => l.definition.name) }, '正在生成演示数据（HUB_SEED_SCALE=0 可跳过）');
    const results: Record<string, Record<string, number>> = {};
    await Promise.all(pending.map(async ({ definition, orm }) => {
      const started = Date.now();
      const counts = await definition.seed!(createContext(orm).em, { scale, dataDir });
      await client.query(
        `insert into hub_meta.seed_run (subgraph, scale, counts) values ($1, $2, $3)
         on conflict (subgraph) do update set scale = excluded.scale, counts = excluded.counts, seeded_at = now()`,
        [definition.name, scale, counts],
      );
      results[definition.name] = counts;
      logger.info({ subgraph: definition.name, counts, ms: Date.now() - started }, 'seeded');
    }));
    return results;
  } finally {
    await client.end();
  }
}
