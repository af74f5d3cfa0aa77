import { writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '@hub/runtime';
import { writeInspectionCsv } from './deliveries';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

// `npm run import` killed with SIGKILL in the middle of a file, then run again: exactly the right counts.
const ROWS = 20_000;
let t: ExchangeTestHub;

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; with `killAfterChunks`, SIGKILLs it once that many chunks have reported progress. */
function runCli(args: string[], killAfterChunks?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', './scripts/register.js', 'scripts/import.ts', ...args], {
      cwd: repoRoot(),
      env: { ...process.env, DATABASE_URL: t.hub.databaseUrl, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (killAfterChunks && (stderr.match(/已处理/g) ?? []).length >= killAfterChunks) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

test('an import killed mid-file resumes from its checkpoint and ends with exactly the right counts', async () => {
  const file = path.join(t.dir, 'big.csv');
  const defects = await writeInspectionCsv(file, frame, 'SCJG', ROWS, { invalidEvery: 40, prefix: 'K-' });
  const broken = defects.filter(Boolean).length;

  const killed = await runCli([file, '--type', 'inspection', '--dept', 'SCJG', '--chunk', '500'], 3);
  expect(killed.signal).toBe('SIGKILL');
  const [midway] = (await t.pool.query(`select * from exchange.import_batch`)).rows;
  expect(midway.status).toBe('running');
  expect(midway.received).toBeGreaterThanOrEqual(1500);
  expect(midway.received).toBeLessThan(ROWS);
  expect(midway.received).toBe(midway.stored + midway.rejected + midway.duplicates);
  // What was committed is exactly what the batch says: no half-written chunk.
  const storedSoFar = Number((await t.pool.query(`select count(*) as n from enforcement.inspection where action_code like 'K-%'`)).rows[0].n);
  expect(storedSoFar).toBe(midway.stored);

  const resumed = await runCli([file, '--type', 'inspection', '--dept', 'SCJG', '--chunk', '500']);
  expect(resumed.code).toBe(0);
  expect(resumed.stdout).toMatch(/读取 20000\s+入库 19500\s+退回 500\s+重复 0/);
  const [done] = (await t.pool.query(`select * from exchange.import_batch`)).rows;
  expect(done).toMatchObject({ status: 'completed', received: ROWS, stored: ROWS - broken, rejected: broken, duplicates: 0 });
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.inspection where action_code like 'K-%'`)).rows[0].n)).toBe(ROWS - broken);
  expect(Number((await t.pool.query(`select count(*) as n from exchange.rejected_record`)).rows[0].n)).toBe(broken);

  // Running the finished file once more stores nothing.
  const again = await runCli([file, '--type', 'inspection', '--dept', 'SCJG']);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/已导入过/);
}, 240_000);

test('a file that cannot be read: a clear message and exit code 2, nothing imported', async () => {
  const empty = path.join(t.dir, 'empty.csv');
  writeFileSync(empty, '');
  const run = await runCli([empty, '--type', 'inspection', '--dept', 'SCJG']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/无法读取文件.*FILE_EMPTY/);
}, 60_000);
