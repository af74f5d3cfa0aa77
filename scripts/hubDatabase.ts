import { DatabaseServer, ensureDatabase, startDatabaseServer } from '@hub/runtime';

/**
 * The hub's database for a command: DATABASE_URL, else the embedded PostgreSQL's `hub` database (the one
 * `npm start` runs, reused when it is running). `stop()` stops only a server this command started.
 */
export async function hubDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const server: DatabaseServer = await startDatabaseServer();
  return { url: await ensureDatabase(server.adminUrl, 'hub'), stop: () => server.stop() };
}
