// Writes a migration for a subgraph from the difference between its entities and its schema in an
// empty scratch database: `npm run migration:create -- <subgraph> [--initial]`. The scratch database is made
// on DATABASE_URL's server when it is set, else on the embedded PostgreSQL.
import { ensureDatabase, dropDatabase, migrate, openOrm, startDatabaseServer } from '@hub/runtime';
import { loadSubgraph } from './subgraphs';

async function main() {
  const [name] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!name) throw new Error('usage: migration:create <subgraph>');
  const definition = loadSubgraph(name);
  const server = process.env.DATABASE_URL ? undefined : await startDatabaseServer();
  const adminUrl = process.env.DATABASE_URL ?? server!.adminUrl;
  const scratch = `hub_migration_${name}_${process.pid}`;
  try {
    const orm = await openOrm({ clientUrl: await ensureDatabase(adminUrl, scratch), schema: definition.name, entities: definition.entities, migrationsPath: definition.migrationsPath });
    await migrate(orm);
    const result = await orm.getMigrator().createMigration(definition.migrationsPath, false, false);
    console.log(result.fileName ? `wrote ${definition.migrationsPath}/${result.fileName}` : 'no changes');
    await orm.close();
  } finally {
    await dropDatabase(adminUrl, scratch);
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
