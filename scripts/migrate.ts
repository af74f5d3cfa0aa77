// `npm run migrate`: applies every library's pending migrations (what `npm start` does first).
import { ensureDatabase, logger, migrate, openOrm, startDatabaseServer } from '@hub/runtime';
import { loadSubgraph, SUBGRAPHS } from './subgraphs';

async function main() {
  const server = await startDatabaseServer();
  const databaseUrl = process.env.DATABASE_URL ?? (await ensureDatabase(server.adminUrl, 'hub'));
  try {
    for (const { name } of SUBGRAPHS) {
      const definition = loadSubgraph(name);
      const orm = await openOrm({ clientUrl: databaseUrl, schema: name, entities: definition.entities, migrationsPath: definition.migrationsPath });
      try {
        await migrate(orm);
        logger.info({ subgraph: name }, 'migrated');
      } finally {
        await orm.close();
      }
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'migration failed');
  process.exit(1);
});
