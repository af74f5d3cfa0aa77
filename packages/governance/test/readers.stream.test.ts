import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { tempFiles } from './fixtures/tempFiles';

const files = tempFiles('stream');
const ROOT = path.resolve(__dirname, '../../..');
const ROWS = 200_000;
const MB = 1024 * 1024;

interface ChildReport {
  rows: number;
  lastRow: number;
  problems: [number, string][];
  peak: number;
  after: number;
  ms: number;
}

/** Reads the file in a child process (see fixtures/readInChild.ts for why). */
async function readInChild(file: string): Promise<ChildReport> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=256', '-r', './scripts/register.js', path.join(__dirname, 'fixtures/readInChild.ts'), file],
    { cwd: ROOT, maxBuffer: 10 * MB },
  );
  return JSON.parse(stdout) as ChildReport;
}

function writeBigCsv(name: string, line: (i: number) => string): string {
  const file = files.path(name);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '\ufeff统一社会信用代码,行为编号,行政相对人名称,检查时间,检查结果,备注\n');
  let chunk = '';
  for (let i = 1; i <= ROWS; i++) {
    chunk += line(i);
    if (i % 10_000 === 0) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return file;
}

describe('CSV is streamed', () => {
  test('reading a 200,000-row file (> 30 MB) keeps the heap flat', async () => {
    const file = writeBigCsv(
      'big.csv',
      (i) => `91330100716105852F,JC${String(i).padStart(10, '0')},杭州某某食品有限公司第${i}分公司,2024-06-01 10:00:00,未发现问题,"日常监督检查，现场检查，无异常，${'记录'.repeat(20)}"\n`,
    );
    expect(fs.statSync(file).size).toBeGreaterThan(30 * MB);
    const report = await readInChild(file);
    expect(report).toMatchObject({ rows: ROWS, lastRow: ROWS + 1, problems: [] });
    // The heap would hold > 100 MB of rows if they were kept; a streamed read stays within a few MB.
    expect(report.peak).toBeLessThan(50 * MB);
    expect(report.after).toBeLessThan(50 * MB);
  });

  test('an unclosed quote early in a big file without quotes loses one line, not the rest', async () => {
    // No later quote closes it: csv-parse reads on until its record-size limit (4 M characters, so memory
    // stays bounded), then parsing resumes on the line after the broken one.
    const file = writeBigCsv('unclosed-big.csv', (i) => (i === 2 ? `91330100716105852F,"JC2,坏,x,x,x\n` : `91330100716105852F,JC${i},名称${i},2024-06-01,合格,无\n`));
    const report = await readInChild(file);
    expect(report).toMatchObject({ rows: ROWS, lastRow: ROWS + 1, problems: [[3, 'BAD_QUOTING']] });
    expect(report.peak).toBeLessThan(50 * MB);
  });
});
