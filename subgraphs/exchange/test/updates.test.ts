import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openRecordFile } from '@hub/governance';
import { ingestOf, organsOf, runImport } from '../src';
import { resubmitReject } from '../src/pipeline/resubmit';
import { quote, writeInspectionCsv } from './deliveries';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';
import { importForScjg } from './ingestKit';

// A record delivered again: unchanged it is a duplicate; changed (its own columns or only its inspectors)
// it is updated in place — same id, version + 1, inspectors replaced, cd_operation u in the outbox.
let t: ExchangeTestHub;

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

const importFile = (file: string, batchKey: string, channel: 'file' | 'push' = 'file') =>
  importForScjg(t.pool, ingestOf('inspection'), file, batchKey, { chunkSize: 4, channel });

/** The CSV as a header and rows of cells (the test's own files have no quoted commas in these columns). */
function parseCsv(file: string) {
  const [header, ...lines] = readFileSync(file, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\n');
  const split = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  return { headers: split(header), rows: lines.map(split) };
}

test('unchanged rows are duplicates; changed ones are updated in place and reported upward as u', async () => {
  const file = path.join(t.dir, 'u1.csv');
  await writeInspectionCsv(file, frame, 'SCJG', 10, { prefix: 'UPD-' });
  expect(await importFile(file, 'upd-1')).toMatchObject({ received: 10, stored: 10, updated: 0, duplicates: 0 });
  const stored = async () => new Map((await t.pool.query(
    `select i.action_code, i.id, i.version, i.result, i.reported_at, array_agg(x.cert_no order by x.ordinal) as certs
     from enforcement.inspection i join enforcement.inspection_inspector x on x.inspection_id = i.id
     where i.action_code like 'UPD-%' group by i.id order by i.action_code`,
  )).rows.map((r) => [r.action_code, r]));
  const before = await stored();
  expect(before.size).toBe(10);

  const { headers, rows } = parseCsv(file);
  const col = (name: string) => headers.indexOf(name);
  const [code, result, certs] = [col('行为编号'), col('检查结果'), col('执法证号')];
  expect([code, result, certs].every((i) => i >= 0)).toBe(true);
  rows[1][result] = '发现问题 已责令整改';
  rows[2][certs] = rows[2][certs].split(',').reverse().join(','); // another 检查组长: only the inspectors change
  const changed = path.join(t.dir, 'u2.csv');
  writeFileSync(changed, [headers, ...rows].map((r) => r.map(quote).join(',')).join('\n'));

  const second = await importFile(changed, 'upd-2');
  expect(second).toMatchObject({ received: 10, stored: 2, updated: 2, rejected: 0, duplicates: 8 });
  const after = await stored();
  expect(after.size).toBe(10);
  for (const [actionCode, was] of before) {
    const now = after.get(actionCode)!;
    expect(now.id).toBe(was.id);
    expect(now.reported_at).toEqual(was.reported_at); // first report kept: timeliness is judged on it
    const touched = actionCode === rows[1][code] || actionCode === rows[2][code];
    expect({ actionCode, version: now.version }).toEqual({ actionCode, version: was.version + (touched ? 1 : 0) });
  }
  expect(after.get(rows[1][code])!.result).toBe('发现问题 已责令整改');
  expect(after.get(rows[2][code])!.certs).toEqual([...before.get(rows[2][code])!.certs].reverse());
  const leader = await t.pool.query(
    `select x.cert_no from enforcement.inspection_inspector x join enforcement.inspection i on i.id = x.inspection_id where i.action_code = $1 and x.is_leader`, [rows[2][code]]);
  expect(leader.rows).toEqual([{ cert_no: after.get(rows[2][code])!.certs[0] }]);

  const outbox = (await t.pool.query(
    `select o.operation, count(*)::int as n from exchange.outbox o join enforcement.inspection i on i.id = o.record_id where i.action_code like 'UPD-%' group by 1 order by 1`,
  )).rows;
  expect(outbox).toEqual([{ operation: 'i', n: 10 }, { operation: 'u', n: 2 }]);
  const batch = (await t.pool.query(`select received, stored, updated, rejected, duplicates from exchange.import_batch where batch_key = 'upd-2'`)).rows[0];
  expect(batch).toEqual({ received: 10, stored: 2, updated: 2, rejected: 0, duplicates: 8 });

  // The same changed file again: nothing left to change.
  expect(await importFile(changed, 'upd-3')).toMatchObject({ received: 10, stored: 0, updated: 0, duplicates: 10 });
});

describe('a key delivered twice in one batch', () => {
  async function delivery(prefix: string) {
    const file = path.join(t.dir, `${prefix}.csv`);
    await writeInspectionCsv(file, frame, 'SCJG', 6, { prefix });
    const { headers, rows } = parseCsv(file);
    const result = headers.indexOf('检查结果');
    const changed = (row: string[]) => row.map((cell, i) => (i === result ? `${cell} 复查` : cell));
    const write = (name: string, lines: string[][]) => {
      const out = path.join(t.dir, name);
      writeFileSync(out, [headers, ...lines].map((r) => r.map(quote).join(',')).join('\n'));
      return out;
    };
    return { rows, changed, write, code: headers.indexOf('行为编号'), result };
  }

  test('in a file (a snapshot): the same content again is a duplicate, other content is sent back naming the earlier row — in a chunk and across chunks', async () => {
    const { rows: [r0, r1, r2, r3, r4, r5], changed, write, code, result: resultAt } = await delivery('REP-');
    // chunks of 4: [r0 r1 r2 r3] [r4 r5 r5' r0] [r1']
    const file = write('repeats.csv', [r0, r1, r2, r3, r4, r5, changed(r5), r0, changed(r1)]);
    const result = await importFile(file, 'rep-1');
    expect(result).toMatchObject({ received: 9, stored: 6, updated: 0, rejected: 2, duplicates: 1 });
    const rejects = (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
    expect(rejects.map((r) => [r.row_number, r.violations.map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)])).toEqual([
      [8, ['DUPLICATE_KEY_CONFLICT@actionCode']],
      [10, ['DUPLICATE_KEY_CONFLICT@actionCode']],
    ]);
    expect(rejects[0].violations[0].message).toContain('本批第 7 行');
    expect(rejects[1].violations[0].message).toContain('本批第 3 行');
    // What is stored is the first version of each.
    const results = (await t.pool.query(`select action_code, result from enforcement.inspection where action_code = any($1)`, [[r1[code], r5[code]]])).rows;
    expect(new Map(results.map((r) => [r.action_code, r.result]))).toEqual(new Map([[r1[code], r1[resultAt]], [r5[code], r5[resultAt]]]));

    // Rectification: the department confirms the later version is the right one; resubmitted, it updates the record.
    const reject = (await t.pool.query(`select * from exchange.rejected_record where batch_id = $1 and row_number = 10`, [result.id])).rows[0];
    const client = await t.pool.connect();
    try {
      await client.query('begin');
      const outcome = await resubmitReject(client, ingestOf('inspection'), reject, {}, { deptCode: 'SCJG', orgs: await organsOf(t.pool, 'SCJG'), sourceDept: 'SCJG' },
        { id: 'test', username: 'test', name: '测试', role: 'staff', dept: 'SCJG', deptName: null, region: '330100', orgs: [] } as never);
      await client.query('commit');
      expect(outcome.status).toBe('resolved');
    } finally {
      client.release();
    }
    expect((await t.pool.query(`select result, version from enforcement.inspection where action_code = $1`, [r1[code]])).rows[0].result).toBe(`${r1[resultAt]} 复查`);
    expect((await t.pool.query(`select received, stored, updated, rejected, duplicates from exchange.import_batch where id = $1`, [result.id])).rows[0])
      .toEqual({ received: 9, stored: 7, updated: 1, rejected: 1, duplicates: 1 });
  });

  test('pushed (a stream of events): records apply in order, the later version wins', async () => {
    const { rows: [s0, s1], changed, write, code, result } = await delivery('SEQ-');
    const pushed = await importFile(write('sequence.csv', [s0, s1, changed(s1), changed(s0)]), 'seq-1', 'push');
    expect(pushed).toMatchObject({ received: 4, stored: 2, updated: 0, rejected: 0, duplicates: 2 });
    const stored = (await t.pool.query(`select action_code, result from enforcement.inspection where action_code = any($1) order by action_code`, [[s0[code], s1[code]]])).rows;
    expect(stored).toEqual([s0, s1].map((s) => ({ action_code: s[code], result: `${s[result]} 复查` })));
    // A later push with the first version again updates the record back (chunks of 4: across chunks too).
    const again = await importFile(write('sequence-2.csv', [s0, s1, s1, s1, s0]), 'seq-2', 'push');
    expect(again).toMatchObject({ received: 5, stored: 2, updated: 2, rejected: 0, duplicates: 3 });
  });
});

describe('操作类型 D: deletions by natural key', () => {
  const write = (name: string, lines: string[][]) => {
    const out = path.join(t.dir, name);
    writeFileSync(out, lines.map((r) => r.map(quote).join(',')).join('\n'));
    return out;
  };

  test('a file of keys and D deletes the department’s own records (kept, hidden, withdrawn upward); unknown, foreign and wrong operations are sent back', async () => {
    const file = path.join(t.dir, 'del-base.csv');
    await writeInspectionCsv(file, frame, 'SCJG', 3, { prefix: 'DEL-' });
    expect(await importFile(file, 'del-base')).toMatchObject({ stored: 3 });
    const { headers, rows } = parseCsv(file);
    const [org, code] = [headers.indexOf('实施机构编码'), headers.indexOf('行为编号')];
    const orgs = await organsOf(t.pool, 'SCJG');
    const foreign = (await t.pool.query(`select org_code, action_code from enforcement.inspection where not (org_code = any($1)) limit 1`, [orgs])).rows[0];
    expect(foreign).toBeDefined();
    // Only the key columns and 操作类型: no MISSING_COLUMNS for the other required fields.
    const deletions = write('deletions.csv', [
      ['实施机构编码', '行为编号', '操作类型'],
      [rows[0][org], rows[0][code], 'D'],
      [rows[1][org], rows[1][code], '删除'],
      [rows[0][org], 'DEL-NOSUCH', 'D'],
      [foreign.org_code, foreign.action_code, 'D'],
      [rows[2][org], rows[2][code], 'X'],
      [rows[0][org], '', 'D'],
    ]);
    const result = await importFile(deletions, 'del-1');
    expect(result).toMatchObject({ received: 6, stored: 2, deleted: 2, updated: 0, rejected: 4, duplicates: 0 });
    const rejects = (await t.pool.query(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [result.id])).rows;
    expect(rejects.map((r) => [r.row_number, r.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`)])).toEqual([
      [4, ['RECORD_NOT_FOUND@actionCode']],
      [5, ['RECORD_NOT_FOUND@actionCode']],
      // An unknown operation is not a deletion: the row is judged as a record (and lacks all the rest).
      [6, expect.arrayContaining(['CD_OPERATION_CODE@cdOperation', 'INSPECTION_RESULT_REQUIRED@result'])],
      [7, [expect.stringMatching(/@actionCode$/)]],
    ]);
    const status = async (actionCode: string) => (await t.pool.query(`select data_status, version from enforcement.inspection where action_code = $1`, [actionCode])).rows[0];
    expect(await status(rows[0][code])).toEqual({ data_status: 'deleted', version: 2 });
    expect(await status(rows[1][code])).toEqual({ data_status: 'deleted', version: 2 });
    expect(await status(rows[2][code])).toEqual({ data_status: 'normal', version: 1 });
    expect((await t.pool.query(`select data_status from enforcement.inspection where org_code = $1 and action_code = $2`, [foreign.org_code, foreign.action_code])).rows[0].data_status).toBe('normal');
    const outbox = (await t.pool.query(
      `select o.operation, count(*)::int as n from exchange.outbox o join enforcement.inspection i on i.id = o.record_id where i.action_code like 'DEL-%' group by 1 order by 1`)).rows;
    expect(outbox).toEqual([{ operation: 'd', n: 2 }, { operation: 'i', n: 3 }]);

    // Deleting again stores nothing (a duplicate); delivering the record again brings it back (an update).
    expect(await importFile(deletions, 'del-2')).toMatchObject({ received: 6, stored: 0, deleted: 0, rejected: 4, duplicates: 2 });
    expect(await importFile(file, 'del-restore')).toMatchObject({ received: 3, stored: 2, updated: 2, duplicates: 1 });
    expect(await status(rows[0][code])).toEqual({ data_status: 'normal', version: 3 });
  });

  test('subjects cannot be deleted by delivery: the row is sent back saying how to deregister', async () => {
    const subject = (await t.pool.query(`select cert_no from subjects.subject limit 1`)).rows[0];
    const file = write('subject-delete.csv', [['证件号码', '操作类型'], [subject.cert_no, 'D']]);
    const result = await runImport({
      pool: t.pool, ingest: ingestOf('subject'), source: await openRecordFile(file), batchKey: 'subject-del', channel: 'file', fileName: 'subject-delete.csv',
      context: { deptCode: 'SCJG', orgs: await organsOf(t.pool, 'SCJG'), sourceDept: 'SCJG' }, actor: { id: 'test', name: '测试', role: 'system', region: null },
    });
    expect(result).toMatchObject({ received: 1, stored: 0, rejected: 1 });
    const reject = (await t.pool.query(`select violations from exchange.rejected_record where batch_id = $1`, [result.id])).rows[0];
    expect(reject.violations).toEqual([expect.objectContaining({ rule: 'DELETE_NOT_SUPPORTED', field: 'cdOperation', message: expect.stringContaining('登记状态') })]);
    expect((await t.pool.query(`select data_status from subjects.subject where cert_no = $1`, [subject.cert_no])).rows[0].data_status).toBe('normal');
  });
});
