// `npm run bench:import [-- --rows 1000000]`: inspection records from CSV through the whole governance pipeline
// (read → standardise → validate → references and links → store → rejects) into PostgreSQL, against a plain
// COPY of the same stored rows into the same tables, in one run on one database. Prints a Markdown table for
// BENCHMARKS.md. Uses DATABASE_URL's server (else the embedded one) and a scratch database it drops.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { to as copyTo, from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import os from 'node:os';
import { createFrame } from '@hub/city';
import { resolveDataDir } from '@hub/codes';
import { openRecordFile } from '@hub/governance';
import { dropDatabase, ensureDatabase, migrate, openOrm, startDatabaseServer, DatabaseServer } from '@hub/runtime';
import { ingestOf, organsOf, runImport } from '@hub/exchange';
import { argValue, loadSubgraph } from '../../scripts/subgraphs';
import { seedLibraries } from '../../scripts/seeding';
import { writeInspectionCsv } from '../../subgraphs/exchange/test/deliveries';

const LIBRARIES = ['catalog', 'subjects', 'enforcement', 'identity', 'exchange'];

async function main() {
  const rows = Number(argValue('rows') ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-bench-import-'));
  let server: DatabaseServer | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startDatabaseServer();
    adminUrl = server.adminUrl;
  }
  const name = `hub_bench_import_${process.pid}`;
  const databaseUrl = await ensureDatabase(adminUrl, name);
  const pool = new Pool({ connectionString: databaseUrl, max: 3 });
  try {
    const libraries = [];
    for (const library of LIBRARIES) {
      const definition = loadSubgraph(library);
      const orm = await openOrm({ clientUrl: databaseUrl, schema: library, entities: definition.entities, migrationsPath: definition.migrationsPath });
      await migrate(orm);
      libraries.push({ definition, orm });
    }
    await seedLibraries(databaseUrl, libraries, 0.01, { onlyUnseeded: false });
    await Promise.all(libraries.map((l) => l.orm.close()));
    const frame = createFrame({ scale: 0.01, dataDir: resolveDataDir() });
    const orgs = await organsOf(pool, 'SCJG');

    const results = [];
    for (const size of [Math.round(rows / 4), rows]) {
      const file = path.join(dir, `inspections-${size}.csv`);
      await writeInspectionCsv(file, frame, 'SCJG', size, { invalidEvery: 100, prefix: `B${size}-` });
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      let heapPeak = 0;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.rss);
        heapPeak = Math.max(heapPeak, m.heapUsed);
      }, 50);
      const started = process.hrtime.bigint();
      const profile = new Map<string, { ms: number; calls: number }>();
      const result = await runImport({
        pool: process.env.BENCH_PROFILE ? profiled(pool, profile) : pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey: `bench-${size}-${Date.now()}`, channel: 'file',
        context: { deptCode: 'SCJG', orgs, sourceDept: 'SCJG' }, actor: { id: 'bench', name: 'bench', role: 'system', region: null }, chunkSize: 5000,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      const copy = await timeCopy(pool, dir, `B${size}-`);
      if (profile.size) {
        const total = [...profile.values()].reduce((n, p) => n + p.ms, 0);
        process.stdout.write(`\nSQL time of the ${size.toLocaleString('en')}-row import by statement (${(total / 1000).toFixed(1)} s of ${seconds.toFixed(1)} s):\n`);
        for (const [sql, p] of [...profile].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
          process.stdout.write(`${(p.ms / 1000).toFixed(1).padStart(7)} s ${String(p.calls).padStart(5)}× ${sql}\n`);
        }
      }
      results.push({ size, bytes: statSync(file).size, seconds, copy, stored: result.stored, rejected: result.rejected, peakMb: peak / 2 ** 20, baseMb: baseline / 2 ** 20, heapMb: heapPeak / 2 ** 20 });
    }
    const cpu = os.cpus();
    const lines = [
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${(await pool.query('show server_version')).rows[0].server_version}`,
      '',
      '| rows in file | file MB | pipeline s | pipeline rows/s | stored | rejected | plain COPY s (same stored rows) | COPY rows/s | pipeline ÷ COPY | peak RSS MB (start) | peak heap MB |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(0)} | ${r.seconds.toFixed(1)} | ${Math.round(r.size / r.seconds).toLocaleString('en')} | ${r.stored.toLocaleString('en')} | ${r.rejected.toLocaleString('en')} | ${r.copy.all.toFixed(1)} | ${Math.round(r.stored / r.copy.all).toLocaleString('en')} | ${(r.copy.all / r.seconds).toFixed(2)} | ${r.peakMb.toFixed(0)} (${r.baseMb.toFixed(0)}) | ${r.heapMb.toFixed(0)} |`),
      '',
      'What the indexes cost a bulk load: the same stored inspections (without their inspectors) COPYed into the table as deployed, into a copy with its primary and natural keys only, and into a copy without any index.',
      '',
      '| rows | as deployed: s (rows/s) | keys only: s (rows/s) | no index: s (rows/s) |',
      '|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.stored.toLocaleString('en')} | ${[r.copy.inspections, r.copy.keysOnly, r.copy.noIndex].map((t) => `${t.toFixed(1)} (${Math.round(r.stored / t).toLocaleString('en')})`).join(' | ')} |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await pool.end();
    await dropDatabase(adminUrl, name).catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** BENCH_PROFILE=1: the pool's client, timing every statement by its first words (where the import's time goes). */
function profiled(pool: Pool, profile: Map<string, { ms: number; calls: number }>) {
  return {
    async connect() {
      const client = await pool.connect();
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
      const original = client.query;
      const release = client.release.bind(client);
      // Back in the pool the client times nothing: only the import's own statements are counted.
      client.release = (error?: Error | boolean) => {
        client.query = original;
        client.release = release;
        return release(error);
      };
      (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
        if (typeof args[0] !== 'string') return query(...args); // a COPY stream: returned as it is
        return timedQuery(args[0], args);
      };
      const timedQuery = async (text: string, args: unknown[]) => {
        const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
        const started = performance.now();
        try {
          return await query(...args);
        } finally {
          const entry = profile.get(key) ?? { ms: 0, calls: 0 };
          entry.ms += performance.now() - started;
          entry.calls++;
          profile.set(key, entry);
        }
      };
      return client;
    },
  };
}

interface CopyTimes {
  /** Inspections and their inspectors into the library's tables, as deployed (all indexes and keys). */
  all: number;
  /** The inspections alone into their table, as deployed. */
  inspections: number;
  /** The same inspections into a copy of the table with its primary and natural keys only. */
  keysOnly: number;
  /** The same inspections into a copy of the table without any index. */
  noIndex: number;
}

/**
 * The floor: the rows the pipeline stored (inspections and their inspectors), copied out, deleted, and
 * COPYed back into the same tables with the same indexes. Timed: the COPY in only. Then the inspections
 * again into copies of the table with fewer indexes: what the read side's indexes cost a bulk load.
 */
async function timeCopy(pool: Pool, dir: string, prefix: string): Promise<CopyTimes> {
  const client = await pool.connect();
  const timed = async (work: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  try {
    const inspections = path.join(dir, 'inspection.copy');
    const inspectors = path.join(dir, 'inspector.copy');
    await pipeline(client.query(copyTo(`copy (select * from enforcement.inspection where action_code like '${prefix}%') to stdout`)), createWriteStream(inspections));
    await pipeline(client.query(copyTo(`copy (select x.* from enforcement.inspection_inspector x join enforcement.inspection i on i.id = x.inspection_id where i.action_code like '${prefix}%') to stdout`)), createWriteStream(inspectors));
    const copyIn = (table: string, file: string) => async () => {
      await client.query('begin');
      await pipeline(createReadStream(file), client.query(copyFrom(`copy ${table} from stdin`)));
      await client.query('commit');
    };
    const clear = async () => {
      await client.query(`delete from enforcement.inspection where action_code like '${prefix}%'`);
      await client.query('vacuum enforcement.inspection, enforcement.inspection_inspector');
    };
    await clear();
    const inspectionSeconds = await timed(copyIn('enforcement.inspection', inspections));
    const inspectorSeconds = await timed(copyIn('enforcement.inspection_inspector', inspectors));
    await client.query(`create table bench_keys_only (like enforcement.inspection including defaults)`);
    await client.query(`alter table bench_keys_only add primary key (id), add unique (org_code, action_code)`);
    await client.query(`create table bench_no_index (like enforcement.inspection including defaults)`);
    const keysOnly = await timed(copyIn('bench_keys_only', inspections));
    const noIndex = await timed(copyIn('bench_no_index', inspections));
    await client.query('drop table bench_keys_only, bench_no_index');
    return { all: inspectionSeconds + inspectorSeconds, inspections: inspectionSeconds, keysOnly, noIndex };
  } finally {
    client.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
