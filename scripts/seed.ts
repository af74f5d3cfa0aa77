// `npm run seed -- --scale N`: writes the deterministic seed city at scale N (1 = 10,000 subjects,
// 50,000 inspections; 10 and 100 for benchmarks). Idempotent: rows already there are kept.
import { logger, migrate, openOrm } from '@hub/runtime';
import { hubDatabase } from './hubDatabase';
import { argValue, loadSubgraph, SUBGRAPHS } from './subgraphs';
import { seedLibraries } from './seeding';

async function main() {
  const scale = Number(argValue('scale') ?? 1);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${argValue('scale')}`);
  const only = argValue('only')?.split(',');
  const database = await hubDatabase();
  const databaseUrl = database.url;
  const libraries = [];
  try {
    for (const { name } of SUBGRAPHS.filter((s) => !only || only.includes(s.name))) {
      const definition = loadSubgraph(name);
      const orm = await openOrm({ clientUrl: databaseUrl, schema: name, entities: definition.entities, migrationsPath: definition.migrationsPath });
      await migrate(orm);
      libraries.push({ definition, orm });
    }
    const started = Date.now();
    const counts = await seedLibraries(databaseUrl, libraries, scale, { onlyUnseeded: false });
    process.stdout.write(`${JSON.stringify({ scale, seconds: (Date.now() - started) / 1000, inserted: counts }, null, 2)}\n`);
  } finally {
    await Promise.allSettled(libraries.map((l) => l.orm.close()));
    await database.stop();
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'seed failed');
  process.exit(1);
});
