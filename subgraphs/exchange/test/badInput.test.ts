import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { inspectionDelivery } from '@hub/city';
import { FileError, openRecordFile } from '@hub/governance';
import { inspectionSpec } from '@hub/enforcement';
import { ingestOf, organsOf, runImport } from '../src';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

// Bad input through the whole pipeline: each gets a clear result and loses nothing.
let t: ExchangeTestHub;
let sequence = 0;

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

/** Five valid rows of the seed city, as cell text by header. */
function validRows(prefix: string, count = 5): string[][] {
  return [...inspectionDelivery(frame, 'SCJG', count, { prefix })].map((r) => inspectionSpec.fields.map((f) => r.cells[f.name] ?? ''));
}
const headers = () => inspectionSpec.fields.map((f) => f.header);
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

async function importFile(file: string) {
  return runImport({
    pool: t.pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey: `bad-${++sequence}`, channel: 'file',
    context: { deptCode: 'SCJG', orgs: await organsOf(t.pool, 'SCJG'), sourceDept: 'SCJG' }, actor: { id: 'test', name: '测试', role: 'system', region: null },
  });
}

const rejectRules = async (batchId: string) =>
  (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [batchId])).rows.map((r) => ({
    row: r.row_number,
    rules: r.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string }) => v.rule),
  }));

test('a GBK file and a UTF-8 file with BOM are stored alike', async () => {
  const gbk = path.join(t.dir, 'gbk.csv');
  writeFileSync(gbk, iconv.encode(csv([headers(), ...validRows('GBK-')]), 'gbk'));
  const bom = path.join(t.dir, 'bom.csv');
  writeFileSync(bom, `\ufeff${csv([headers(), ...validRows('BOM-')])}`);
  for (const file of [gbk, bom]) expect(await importFile(file)).toMatchObject({ received: 5, stored: 5, rejected: 0 });
  const names = (await t.pool.query(`select party_name from enforcement.inspection where action_code like 'GBK-%' order by action_code`)).rows.map((r) => r.party_name);
  expect(names).toEqual(validRows('GBK-').map((r) => r[inspectionSpec.fields.findIndex((f) => f.name === 'partyName')]));
});

test('wrong quoting, ragged rows and empty rows: broken rows are rejected with the reason, the rest stored', async () => {
  const rows = validRows('RAG-', 4);
  const file = path.join(t.dir, 'ragged.csv');
  // Row 3 opens a quote in its last cell and never closes it.
  const unclosed = `${csv([rows[1].slice(0, -1)])},"${rows[1][rows[1].length - 1]}`;
  const lines = [csv([headers()]), csv([rows[0]]), unclosed, '', ',,,', csv([rows[2].slice(0, 10)]), csv([[...rows[3], '多余']])];
  writeFileSync(file, lines.join('\n'));
  const result = await importFile(file);
  // Row 3 lost its closing quote; row 6 stops after ten cells; empty rows 4–5 are not records.
  expect(result).toMatchObject({ received: 4, stored: 2, rejected: 2, duplicates: 0 });
  const rejected = await rejectRules(result.id);
  expect(rejected.map((r) => r.row)).toEqual([3, 6]);
  expect(rejected[0].rules).toContain('BAD_QUOTING');
  expect(rejected[1].rules.length).toBeGreaterThan(0);
});

test('unknown extra columns are kept with the rejects; a missing required column refuses the file with its name', async () => {
  const extra = path.join(t.dir, 'extra.csv');
  writeFileSync(extra, csv([[...headers(), '备注（内部）'], ...validRows('EXT-', 2).map((r) => [...r, 'x'])]));
  const result = await importFile(extra);
  expect(result).toMatchObject({ stored: 2, unknownHeaders: ['备注（内部）'] });

  const missing = path.join(t.dir, 'missing.csv');
  const without = headers().indexOf('检查结果');
  writeFileSync(missing, csv([headers().filter((_, i) => i !== without), ...validRows('MIS-', 2).map((r) => r.filter((_, i) => i !== without))]));
  await expect(importFile(missing)).rejects.toMatchObject({ code: 'MISSING_COLUMNS', message: expect.stringContaining('检查结果') });
  expect(Number((await t.pool.query(`select count(*) as n from enforcement.inspection where action_code like 'MIS-%'`)).rows[0].n)).toBe(0);
});

test('Excel: serial dates and date cells are read as dates, formulas by their value, an 18-digit code turned into 8.65E+17 is sent back', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('数据');
  sheet.addRow(headers());
  const [a, b, c] = validRows('XLS-', 3);
  const col = (name: string) => inspectionSpec.fields.findIndex((f) => f.name === name);
  const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const rowA: unknown[] = [...a];
  rowA[col('checkDate')] = serial(a[col('checkDate')]); // a date typed as a number
  const rowB: unknown[] = [...b];
  rowB[col('checkDate')] = new Date(`${b[col('checkDate')]}T00:00:00Z`); // a real date cell
  rowB[col('result')] = { formula: '"未发现"&"问题"', result: '未发现问题' };
  const rowC: unknown[] = [...c];
  rowC[col('partyCertNo')] = 865000000000000000; // what Excel makes of an 18-digit code
  rowC[col('partyCertType')] = '001';
  for (const row of [rowA, rowB, rowC]) sheet.addRow(row);
  const file = path.join(t.dir, 'excel.xlsx');
  await workbook.xlsx.writeFile(file);

  const result = await importFile(file);
  expect(result).toMatchObject({ received: 3, stored: 2, rejected: 1 });
  const stored = (await t.pool.query(`select action_code, check_date::text as d, result from enforcement.inspection where action_code like 'XLS-%' order by action_code`)).rows;
  expect(stored).toEqual([
    { action_code: a[col('actionCode')], d: a[col('checkDate')], result: a[col('result')] },
    { action_code: b[col('actionCode')], d: b[col('checkDate')], result: '未发现问题' },
  ]);
  expect((await rejectRules(result.id))[0].rules).toContain('NUMBER_PRECISION_LOST');
});

test('a 0-byte file and a file that is not a spreadsheet are refused before anything is read', async () => {
  const empty = path.join(t.dir, 'empty.xlsx');
  writeFileSync(empty, '');
  await expect(openRecordFile(empty)).rejects.toMatchObject({ code: 'FILE_EMPTY' });
  const png = path.join(t.dir, 'photo.csv');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const error = await openRecordFile(png).catch((e) => e);
  expect(error).toBeInstanceOf(FileError);
  expect(error.code).toBe('NOT_A_SPREADSHEET');
  expect(error.message).toMatch(/PNG/);
});
