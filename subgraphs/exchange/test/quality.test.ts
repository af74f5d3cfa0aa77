import path from 'node:path';
import { cityUser } from '@hub/city';
import { chinaDate, isWorkingDay } from '@hub/codes';
import { openRecordFile } from '@hub/governance';
import { asUser, graphqlRequest } from '@hub/runtime/testing';
import { ingestOf, organsOf, runImport } from '../src';
import { writeInspectionCsv } from './deliveries';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';

// 数据质量: accuracy, timeliness, coverage and volume per month, checked against figures computed here from
// the rows themselves; the working-day calendar takes holidays and make-up days.
let t: ExchangeTestHub;
const staff = cityUser(frame, 'staff', 'SCJG', '330100');
const QUALITY = `query($from: String!, $to: String!, $dept: String) { inspectionQuality(from: $from, to: $to, deptCode: $dept) {
  month received stored rejected duplicates accuracy records timeliness coverage implLists } }`;

beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);

afterAll(() => t?.stop());

/** Working days after `from` up to and including `to`, weekends off (no overrides set yet). */
function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) < to; ) {
    d = new Date(d.getTime() + 86_400_000);
    if (isWorkingDay(d.toISOString().slice(0, 10))) n++;
  }
  return n;
}

test('accuracy of this month’s deliveries, and timeliness and coverage of a month of the seed city, as computed from the rows', async () => {
  const file = path.join(t.dir, 'q.csv');
  await writeInspectionCsv(file, frame, 'SCJG', 100, { invalidEvery: 20, prefix: 'Q-' });
  const orgs = await organsOf(t.pool, 'SCJG');
  await runImport({
    pool: t.pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey: 'quality-1', channel: 'file',
    context: { deptCode: 'SCJG', orgs, sourceDept: 'SCJG' }, actor: { id: 'test', name: '测试', role: 'system', region: null },
  });
  const thisMonth = chinaDate().slice(0, 7);
  const { rows: checked } = await t.pool.query(`select to_char(check_date, 'YYYY-MM') as m, count(*) as n from enforcement.inspection where org_code = any($1) group by 1 order by 2 desc limit 1`, [orgs]);
  const month = checked[0].m as string;
  // Two records of that month reported a month late, so timeliness has something to catch.
  await t.pool.query(`update enforcement.inspection set reported_at = check_date + interval '30 days' where id in (
    select id from enforcement.inspection where org_code = any($1) and to_char(check_date, 'YYYY-MM') = $2 order by id limit 2)`, [orgs, month]);

  const from = month < thisMonth ? month : thisMonth;
  const to = month < thisMonth ? thisMonth : month;
  const { data, errors } = await graphqlRequest(t.hub.subgraphs.exchange.url, QUALITY, { from, to }, await asUser(staff as never));
  expect(errors).toBeUndefined();
  const byMonth = new Map(data.inspectionQuality.map((m: { month: string }) => [m.month, m]));
  expect(byMonth.get(thisMonth)).toMatchObject({ received: 100, stored: 95, rejected: 5, duplicates: 0, accuracy: 0.95 });

  const { rows } = await t.pool.query(
    `select check_date::text as c, to_char(reported_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as r, impl_list_code from enforcement.inspection
     where org_code = any($1) and to_char(check_date, 'YYYY-MM') = $2`, [orgs, month]);
  const timely = rows.filter((r) => workingDaysBetween(r.c, r.r) <= 7).length;
  const { rows: lists } = await t.pool.query(`select code from catalog.check_impl_list where org_uscc = any($1) and is_current and data_status = 'normal'`, [orgs]);
  const covered = lists.filter((l) => rows.some((r) => r.impl_list_code === l.code)).length;
  const figures = byMonth.get(month) as Record<string, number>;
  expect(figures.records).toBe(rows.length);
  expect(figures.timeliness).toBeCloseTo(timely / rows.length, 4);
  expect(figures.implLists).toBe(lists.length);
  expect(figures.coverage).toBeCloseTo(covered / lists.length, 4);
  expect(figures.timeliness).toBeGreaterThan(0);
  expect(figures.timeliness).toBeLessThan(1);
});

test('holidays and make-up working days change the working-day count; only admins set them; staff see only their department', async () => {
  const url = t.hub.subgraphs.exchange.url;
  const admin = cityUser(frame, 'city_admin', null, '330100');
  const SET = 'mutation($d: LocalDate!, $w: Boolean!, $n: String!) { setCalendarDay(day: $d, working: $w, note: $n) { day working note } }';
  const span = async () => Number((await t.pool.query(`select (select working_index from exchange.calendar_day where day = '2024-10-08') - (select working_index from exchange.calendar_day where day = '2024-09-30') as n`)).rows[0].n);
  await graphqlRequest(url, QUALITY, { from: '2024-10', to: '2024-10' }, await asUser(staff as never)); // builds the calendar
  expect(await span()).toBe(6); // 10-01 … 10-08 without overrides: six weekdays
  for (const day of ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07']) {
    const set = await graphqlRequest(url, SET, { d: day, w: false, n: '国庆节' }, await asUser(admin as never));
    expect(set.errors).toBeUndefined();
  }
  expect((await graphqlRequest(url, SET, { d: '2024-10-12', w: true, n: '国庆调休' }, await asUser(admin as never))).data.setCalendarDay).toEqual({ day: '2024-10-12', working: true, note: '国庆调休' });
  expect(await span()).toBe(1); // only 10-08 is a working day in (09-30, 10-08]
  expect((await graphqlRequest(url, SET, { d: '2024-10-09', w: false, n: 'x' }, await asUser(staff as never))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  const other = await graphqlRequest(url, QUALITY, { from: '2024-10', to: '2024-10', dept: 'STHJ' }, await asUser(staff as never));
  expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  const bad = await graphqlRequest(url, QUALITY, { from: '2024-13', to: '2024-10' }, await asUser(staff as never));
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_MONTH', field: 'from' });
});
