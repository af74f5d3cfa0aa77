import { spawn, ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { envInt, stateDir } from '../config';
import { logger } from '../logger';

export interface DatabaseServer {
  /** URL of the server's maintenance database, for creating the hub's own. */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * `DATABASE_URL` when set; otherwise the embedded PostgreSQL under `.data/pg` (started in a child
 * process, stopped with `stop()`).
 */
export async function startDatabaseServer(): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) {
    return { adminUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = envInt('EMBEDDED_PG_PORT', 5488);
  const dataDir = path.join(stateDir(), 'pg');
  // A command run beside `npm start` (import, collect, seed) uses the PostgreSQL the hub already runs.
  const running = runningEmbeddedServer(dataDir);
  if (running) {
    logger.info({ dataDir, port: running.port }, '使用正在运行的内嵌 PostgreSQL');
    return { adminUrl: `postgres://postgres:postgres@127.0.0.1:${running.port}/postgres`, embedded: true, stop: async () => {} };
  }
  const script = require.resolve('@hub/runtime/bin/embedded-postgres.mjs');
  logger.info({ dataDir, port }, '正在启动内嵌 PostgreSQL（设置 DATABASE_URL 可改用外部数据库）');
  const child = spawn(process.execPath, [script, dataDir, String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const adminUrl = await waitForReady(child);
  return {
    adminUrl,
    embedded: true,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** The embedded server already serving `dataDir` (its postmaster.pid names a live process and the port). */
function runningEmbeddedServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null; // a stale pid file
  }
  return { pid, port };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`内嵌 PostgreSQL 启动失败 (exit ${code}): ${err.trim()}`)));
  });
}

/** The URL of `database` on the same server, created if it does not exist. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, database);
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
