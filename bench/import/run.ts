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
      const result = await runImport({
        pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey: `bench-${size}-${Date.now()}`, channel: 'file',
        context: { deptCode: 'SCJG', orgs, sourceDept: 'SCJG' }, actor: { id: 'bench', name: 'bench', role: 'system', region: null }, chunkSize: 5000,
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      const copySeconds = await timeCopy(pool, dir, `B${size}-`);
      results.push({ size, bytes: statSync(file).size, seconds, copySeconds, stored: result.stored, rejected: result.rejected, peakMb: peak / 2 ** 20, baseMb: baseline / 2 ** 20, heapMb: heapPeak / 2 ** 20 });
    }
    const cpu = os.cpus();
    const lines = [
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${(await pool.query('show server_version')).rows[0].server_version}`,
      '',
      '| rows in file | file MB | pipeline s | pipeline rows/s | stored | rejected | plain COPY s (same stored rows) | COPY rows/s | pipeline ÷ COPY | peak RSS MB (start) | peak heap MB |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(0)} | ${r.seconds.toFixed(1)} | ${Math.round(r.size / r.seconds).toLocaleString('en')} | ${r.stored.toLocaleString('en')} | ${r.rejected.toLocaleString('en')} | ${r.copySeconds.toFixed(1)} | ${Math.round(r.stored / r.copySeconds).toLocaleString('en')} | ${(r.copySeconds / r.seconds).toFixed(2)} | ${r.peakMb.toFixed(0)} (${r.baseMb.toFixed(0)}) | ${r.heapMb.toFixed(0)} |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await pool.end();
    await dropDatabase(adminUrl, name).catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor: the rows the pipeline stored (inspections and their inspectors), copied out, deleted, and
 * COPYed back into the same tables with the same indexes. Timed: the COPY in only.
 */
async function timeCopy(pool: Pool, dir: string, prefix: string): Promise<number> {
  const client = await pool.connect();
  try {
    const inspections = path.join(dir, 'inspection.copy');
    const inspectors = path.join(dir, 'inspector.copy');
    await pipeline(client.query(copyTo(`copy (select * from enforcement.inspection where action_code like '${prefix}%') to stdout`)), createWriteStream(inspections));
    await pipeline(client.query(copyTo(`copy (select x.* from enforcement.inspection_inspector x join enforcement.inspection i on i.id = x.inspection_id where i.action_code like '${prefix}%') to stdout`)), createWriteStream(inspectors));
    await client.query(`delete from enforcement.inspection where action_code like '${prefix}%'`);
    await client.query('vacuum enforcement.inspection');
    const started = process.hrtime.bigint();
    await client.query('begin');
    await pipeline(createReadStream(inspections), client.query(copyFrom('copy enforcement.inspection from stdin')));
    await pipeline(createReadStream(inspectors), client.query(copyFrom('copy enforcement.inspection_inspector from stdin')));
    await client.query('commit');
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    client.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
