import path from 'node:path';
// Imported by path, not through @hub/runtime: loading MikroORM here would leave its global metadata
// in this realm and break the test files' own (mikro-orm issue 3783).
import { startDatabaseServer } from '../packages/runtime/src/database/databaseUrl';
import { stateDir } from '../packages/runtime/src/config';

/**
 * Tests use real PostgreSQL: DATABASE_URL when set (CI sets it to the machine's server), otherwise an
 * embedded PostgreSQL of their own under .data/pg-test. Workers inherit DATABASE_URL.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) return;
  process.env.HUB_STATE_DIR ??= path.join(stateDir(), 'test');
  process.env.EMBEDDED_PG_PORT ??= '5489';
  const server = await startDatabaseServer();
  process.env.DATABASE_URL = server.adminUrl;
  (globalThis as Record<string, unknown>).__hubTestDatabase = server;
}
