import type { DatabaseServer } from '../packages/runtime/src/database/databaseUrl';

export default async function globalTeardown() {
  const server = (globalThis as Record<string, unknown>).__hubTestDatabase as DatabaseServer | undefined;
  await server?.stop();
}
