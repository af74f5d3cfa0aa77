import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { cityUser } from '@hub/city';
import { chinaDate, isWorkingDay } from '@hub/codes';
import { openRecordFile } from '@hub/governance';
import { asUser, graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '@hub/catalog';
import subjects from '@hub/subjects';
import enforcement from '@hub/enforcement';
import identity from '@hub/identity';
import credit from '@hub/credit';
import complaints from '@hub/complaints';
import exchange, { ingestOf, INGESTS, organsOf, runImport } from '../src';
import { QUALITY_SOURCES } from '../src/pipeline/qualitySources';
import { writeInspectionCsv } from './deliveries';
import { frame, SCALE } from './exchangeTestHub';

// 数据质量: accuracy, timeliness, coverage and volume per record type and month, checked against figures
// computed here from the rows themselves; the working-day calendar takes holidays and make-up days.
// Every library is started (with credit and complaints) so that the overview reaches each record type's table.
let hub: TestHub;
let pool: Pool;
let dir: string;
let url: string;
const staff = cityUser(frame, 'staff', 'SCJG', '330100');
const QUALITY = `query($type: String!, $from: String!, $to: String!, $dept: String) { dataQuality(recordType: $type, from: $from, to: $to, deptCode: $dept) {
  month received stored rejected duplicates accuracy records timeliness coverage implLists } }`;
const OVERVIEW = `query($from: String!, $to: String!, $dept: String) { dataQualityOverview(from: $from, to: $to, deptCode: $dept) {
  recordType label received stored rejected duplicates accuracy records timeliness timelinessRule coverage implLists } }`;

beforeAll(async () => {
  hub = await startTestSubgraphs([catalog, subjects, enforcement, identity, credit, complaints, exchange], { seedScale: SCALE });
  pool = new Pool({ connectionString: hub.databaseUrl, max: 3 });
  dir = mkdtempSync(path.join(tmpdir(), 'hub-quality-'));
  url = hub.subgraphs.exchange.url;
}, 300_000);

afterAll(async () => {
  await pool?.end();
  await hub?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The calendar's overrides as set through setCalendarDay (read from the table, not from the code under test). */
async function overrides(): Promise<Map<string, boolean>> {
  const { rows } = await pool.query(`select day::text as day, working from exchange.calendar_override`);
  return new Map(rows.map((r) => [r.day as string, r.working as boolean]));
}

/** Working days after `from` up to and including `to`: weekends off, unless an override says otherwise. */
function workingDaysBetween(from: string, to: string, override: Map<string, boolean> = new Map()): number {
  let n = 0;
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) < to; ) {
    d = new Date(d.getTime() + 86_400_000);
    const day = d.toISOString().slice(0, 10);
    if (override.get(day) ?? isWorkingDay(day)) n++;
  }
  return n;
}

/** The `n`th working day after `from` (weekends off, unless an override says otherwise). */
function nthWorkingDay(from: string, n: number, override: Map<string, boolean>): string {
  let day = from;
  while (n > 0) {
    day = new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
    if (override.get(day) ?? isWorkingDay(day)) n--;
  }
  return day;
}

/** The calendar day in China of a timestamp. */
const chinaDay = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

async function quality(type: string, from: string, to: string, user = staff) {
  const { data, errors } = await graphqlRequest(url, QUALITY, { type, from, to }, await asUser(user as never));
  expect(errors).toBeUndefined();
  return data.dataQuality as Record<string, any>[];
}

test('accuracy of this month’s deliveries, and timeliness and coverage of a month of the seed city, as computed from the rows', async () => {
  const file = path.join(dir, 'q.csv');
  await writeInspectionCsv(file, frame, 'SCJG', 100, { invalidEvery: 20, prefix: 'Q-' });
  const orgs = await organsOf(pool, 'SCJG');
  await runImport({
    pool, ingest: ingestOf('inspection'), source: await openRecordFile(file), batchKey: 'quality-1', channel: 'file',
    context: { deptCode: 'SCJG', orgs, sourceDept: 'SCJG' }, actor: { id: 'test', name: '测试', role: 'system', region: null },
  });
  const thisMonth = chinaDate().slice(0, 7);
  const { rows: checked } = await pool.query(`select to_char(check_date, 'YYYY-MM') as m, count(*) as n from enforcement.inspection where org_code = any($1) group by 1 order by 2 desc limit 1`, [orgs]);
  const month = checked[0].m as string;
  // Two records of that month reported a month late, so timeliness has something to catch.
  await pool.query(`update enforcement.inspection set reported_at = check_date + interval '30 days' where id in (
    select id from enforcement.inspection where org_code = any($1) and to_char(check_date, 'YYYY-MM') = $2 order by id limit 2)`, [orgs, month]);

  const from = month < thisMonth ? month : thisMonth;
  const to = month < thisMonth ? thisMonth : month;
  const byMonth = new Map((await quality('inspection', from, to)).map((m) => [m.month, m]));
  expect(byMonth.get(thisMonth)).toMatchObject({ received: 100, stored: 95, rejected: 5, duplicates: 0, accuracy: 0.95 });

  const { rows } = await pool.query(
    `select check_date::text as c, to_char(reported_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as r, impl_list_code from enforcement.inspection
     where org_code = any($1) and to_char(check_date, 'YYYY-MM') = $2`, [orgs, month]);
  const timely = rows.filter((r) => workingDaysBetween(r.c, r.r) <= 7).length;
  const { rows: lists } = await pool.query(`select code from catalog.check_impl_list where org_uscc = any($1) and is_current and data_status = 'normal'`, [orgs]);
  const covered = lists.filter((l) => rows.some((r) => r.impl_list_code === l.code)).length;
  const figures = byMonth.get(month) as Record<string, number>;
  expect(figures.records).toBe(rows.length);
  expect(figures.timeliness).toBeCloseTo(timely / rows.length, 4);
  expect(figures.implLists).toBe(lists.length);
  expect(figures.coverage).toBeCloseTo(covered / lists.length, 4);
  expect(figures.timeliness).toBeGreaterThan(0);
  expect(figures.timeliness).toBeLessThan(1);
});

/**
 * Checks every month of the last 36 against figures computed here: records by the month of the act, and
 * those reported within 7 working days (weekends and the calendar's overrides off). Returns how many were
 * timely and late, so that a test can make sure both kinds were there.
 */
async function expectMonthsFromRows(type: string, rows: { act: string; reported: string }[]) {
  const thisMonth = chinaDate().slice(0, 7);
  const from = monthsBefore(thisMonth, 35);
  const override = await overrides();
  const expected = new Map<string, { records: number; timely: number }>();
  let timely = 0;
  let late = 0;
  for (const r of rows.filter((x) => x.act.slice(0, 7) >= from && x.act.slice(0, 7) <= thisMonth)) {
    const m = expected.get(r.act.slice(0, 7)) ?? { records: 0, timely: 0 };
    m.records++;
    if (workingDaysBetween(r.act, r.reported, override) <= 7) (m.timely++, timely++);
    else late++;
    expected.set(r.act.slice(0, 7), m);
  }
  const months = await quality(type, from, thisMonth);
  expect(months).toHaveLength(36);
  for (const m of months) {
    const e = expected.get(m.month) ?? { records: 0, timely: 0 };
    expect({ type, month: m.month, records: m.records, coverage: m.coverage }).toEqual({ type, month: m.month, records: e.records, coverage: null });
    if (e.records === 0) expect(m.timeliness).toBeNull();
    else expect(m.timeliness).toBeCloseTo(e.timely / e.records, 4);
  }
  return { timely, late };
}

test('行政处罚: volume by decision date and timeliness (reported within 7 working days of the decision), as computed from the rows', async () => {
  const orgs = await organsOf(pool, 'SCJG');
  const from = monthsBefore(chinaDate().slice(0, 7), 35);
  // One penalty reported late in the evening of the 7th working day after the decision (in time), one on the
  // morning of the 8th (late): both kinds are there whatever the seed did, right at the deadline.
  const { rows: ids } = await pool.query(`select id, decision_date::text as d from enforcement.penalty where org_code = any($1) and to_char(decision_date, 'YYYY-MM') >= $2 order by id limit 2`, [orgs, from]);
  expect(ids).toHaveLength(2);
  const override = await overrides();
  await pool.query(`update enforcement.penalty set reported_at = $2::timestamp at time zone 'Asia/Shanghai' where id = $1`, [ids[0].id, `${nthWorkingDay(ids[0].d, 7, override)} 23:30`]);
  await pool.query(`update enforcement.penalty set reported_at = $2::timestamp at time zone 'Asia/Shanghai' where id = $1`, [ids[1].id, `${nthWorkingDay(ids[1].d, 8, override)} 08:30`]);

  const { rows } = await pool.query(`select decision_date::text as act, reported_at from enforcement.penalty where org_code = any($1) and data_status = 'normal'`, [orgs]);
  const { timely, late } = await expectMonthsFromRows('penalty', rows.map((r) => ({ act: r.act, reported: chinaDay(r.reported_at) })));
  expect(timely).toBeGreaterThan(0);
  expect(late).toBeGreaterThan(0);
});

test('行政处罚公示 (双公示): volume by decision date and timeliness (published within 7 working days), as computed from the rows', async () => {
  const orgs = await organsOf(pool, 'SCJG');
  const from = monthsBefore(chinaDate().slice(0, 7), 35);
  // One published on the 7th working day after the decision (in time), one on the 8th (late).
  const { rows: ids } = await pool.query(`select id, decision_date::text as d from credit.penalty_publicity where authority_uscc = any($1) and to_char(decision_date, 'YYYY-MM') >= $2 order by id limit 2`, [orgs, from]);
  expect(ids).toHaveLength(2);
  const override = await overrides();
  await pool.query(`update credit.penalty_publicity set published_at = $2 where id = $1`, [ids[0].id, nthWorkingDay(ids[0].d, 7, override)]);
  await pool.query(`update credit.penalty_publicity set published_at = $2 where id = $1`, [ids[1].id, nthWorkingDay(ids[1].d, 8, override)]);

  const { rows } = await pool.query(
    `select decision_date::text as act, published_at::text as reported from credit.penalty_publicity where authority_uscc = any($1) and data_status = 'normal'`, [orgs]);
  const { timely, late } = await expectMonthsFromRows('penaltyPublicity', rows);
  expect(timely).toBeGreaterThan(0);
  expect(late).toBeGreaterThan(0);
});

test('信用名单 and 投诉举报 are the department’s by its name (列入机关, 承办单位); volume only, no deadline', async () => {
  const { rows: dept } = await pool.query(`select name from identity.department where code = 'SCJG'`);
  const name = dept[0].name as string;
  const thisMonth = chinaDate().slice(0, 7);
  const from = monthsBefore(thisMonth, 35);

  const { rows: listings } = await pool.query(`select listed_at::text as listed from credit.credit_listing where listed_by = $1 and data_status = 'normal'`, [name]);
  const { rows: received } = await pool.query(`select received_at from complaints.complaint where assigned_org = $1 and data_status = 'normal'`, [name]);
  const inPeriod = (day: string) => day.slice(0, 7) >= from && day.slice(0, 7) <= thisMonth;
  const count = (days: string[]) => {
    const by = new Map<string, number>();
    for (const day of days.filter(inPeriod)) by.set(day.slice(0, 7), (by.get(day.slice(0, 7)) ?? 0) + 1);
    return by;
  };
  for (const [type, days] of [['creditListing', listings.map((r) => r.listed as string)], ['complaint', received.map((r) => chinaDay(r.received_at))]] as const) {
    const expected = count(days);
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const months = await quality(type, from, thisMonth);
    expect(months).toHaveLength(36);
    for (const m of months) {
      expect({ type, month: m.month, records: m.records }).toEqual({ type, month: m.month, records: expected.get(m.month) ?? 0 });
      expect(m.timeliness).toBeNull();
      expect(m.coverage).toBeNull();
    }
  }
});

test('the overview has one row per record type; its 行政检查 row equals the month figures added up', async () => {
  const thisMonth = chinaDate().slice(0, 7);
  const from = monthsBefore(thisMonth, 35);
  const { data, errors } = await graphqlRequest(url, OVERVIEW, { from, to: thisMonth }, await asUser(staff as never));
  expect(errors).toBeUndefined();
  const overview = data.dataQualityOverview as Record<string, any>[];
  expect(overview.map((r) => r.recordType)).toEqual(Object.keys(INGESTS));
  for (const row of overview) {
    expect(row.label).toBe(INGESTS[row.recordType].spec.title);
    expect(row.timelinessRule === null).toBe(QUALITY_SOURCES[row.recordType].timeliness === null);
    if (row.recordType !== 'inspection') expect([row.coverage, row.implLists]).toEqual([null, null]);
  }

  const months = await quality('inspection', from, thisMonth);
  const sum = (pick: (m: Record<string, any>) => number) => months.reduce((n, m) => n + pick(m), 0);
  const submitted = (m: Record<string, any>) => m.received - m.duplicates;
  // The month figures give ratios rounded to 4 places; with fewer than 5,000 records a month the counts come back exactly.
  const passed = sum((m) => (m.accuracy === null ? 0 : Math.round(m.accuracy * submitted(m))));
  const timely = sum((m) => (m.timeliness === null ? 0 : Math.round(m.timeliness * m.records)));
  const inspection = overview.find((r) => r.recordType === 'inspection')!;
  expect(inspection).toMatchObject({
    received: sum((m) => m.received), stored: sum((m) => m.stored), rejected: sum((m) => m.rejected), duplicates: sum((m) => m.duplicates),
    records: sum((m) => m.records), implLists: months[0].implLists,
  });
  expect(inspection.received).toBeGreaterThanOrEqual(100);
  expect(inspection.accuracy).toBeCloseTo(ratio(passed, sum(submitted))!, 4);
  expect(inspection.timeliness).toBeCloseTo(ratio(timely, sum((m) => m.records))!, 4);

  // Coverage of the period: a list counts once it has an inspection in any of its months (from the rows).
  const orgs = await organsOf(pool, 'SCJG');
  const { rows: lists } = await pool.query(`select code from catalog.check_impl_list where org_uscc = any($1) and is_current and data_status = 'normal'`, [orgs]);
  const { rows: used } = await pool.query(
    `select distinct impl_list_code from enforcement.inspection where data_status = 'normal' and to_char(check_date, 'YYYY-MM') between $1 and $2`, [from, thisMonth]);
  const usedCodes = new Set(used.map((r) => r.impl_list_code));
  expect(inspection.coverage).toBeCloseTo(lists.filter((l) => usedCodes.has(l.code)).length / lists.length, 4);

  // Another department sees none of SCJG's deliveries in its figures.
  const admin = cityUser(frame, 'city_admin', null, '330100');
  const other = await graphqlRequest(url, OVERVIEW, { from, to: thisMonth, dept: 'STHJ' }, await asUser(admin as never));
  expect(other.errors).toBeUndefined();
  expect(other.data.dataQualityOverview.find((r: { recordType: string }) => r.recordType === 'inspection').received).toBe(0);
});

test('an unknown record type is refused with its field and the valid types; staff see only their department', async () => {
  const bad = await graphqlRequest(url, QUALITY, { type: 'inspections', from: '2024-10', to: '2024-10' }, await asUser(staff as never));
  expect(bad.data).toBeNull();
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_RECORD_TYPE', field: 'recordType' });
  expect(bad.errors?.[0].message).toContain('未知的数据类型 inspections');
  for (const type of Object.keys(INGESTS)) expect(bad.errors?.[0].message).toContain(type);
  const other = await graphqlRequest(url, OVERVIEW, { from: '2024-10', to: '2024-10', dept: 'STHJ' }, await asUser(staff as never));
  expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  const period = await graphqlRequest(url, OVERVIEW, { from: '2024-10', to: '2024-09' }, await asUser(staff as never));
  expect(period.errors?.[0].extensions).toMatchObject({ code: 'INVALID_PERIOD', field: 'to' });
});

test('every record type has a source in its own library, and every filter the sources use leads an index that exists', async () => {
  expect(Object.keys(QUALITY_SOURCES).sort()).toEqual(Object.keys(INGESTS).sort());
  const leading = async (table: string, index: string) => {
    const [schema] = table.split('.');
    const { rows } = await pool.query(
      `select t.relname as tbl, a.attname as col from pg_index i
       join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
       join pg_class t on t.oid = i.indrelid
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
       where n.nspname = $1 and c.relname = $2`, [schema, index]);
    expect({ index, table: rows[0] && `${schema}.${rows[0].tbl}` }).toEqual({ index, table });
    return rows[0].col as string;
  };
  for (const [type, source] of Object.entries(QUALITY_SOURCES)) {
    expect(source.table.split('.')[0]).toBe(INGESTS[type].spec.library);
    expect({ type, column: await leading(source.table, source.indexes.act) }).toEqual({ type, column: source.act.column });
    expect({ type, column: await leading(source.table, source.indexes.department) }).toEqual({ type, column: source.department.column });
    if (source.coverage) {
      expect(await leading(source.table, source.coverage.indexes.record)).toBe(source.coverage.recordColumn);
      expect(await leading(source.coverage.listTable, source.coverage.indexes.list)).toBe(source.coverage.listOrgColumn);
    }
  }
});

test('holidays and make-up working days change the working-day count; only admins set them; staff see only their department', async () => {
  const admin = cityUser(frame, 'city_admin', null, '330100');
  const SET = 'mutation($d: LocalDate!, $w: Boolean!, $n: String!) { setCalendarDay(day: $d, working: $w, note: $n) { day working note } }';
  const span = async () => Number((await pool.query(`select (select working_index from exchange.calendar_day where day = '2024-10-08') - (select working_index from exchange.calendar_day where day = '2024-09-30') as n`)).rows[0].n);
  await graphqlRequest(url, QUALITY, { type: 'inspection', from: '2024-10', to: '2024-10' }, await asUser(staff as never)); // builds the calendar
  expect(await span()).toBe(6); // 10-01 … 10-08 without overrides: six weekdays
  for (const day of ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07']) {
    const set = await graphqlRequest(url, SET, { d: day, w: false, n: '国庆节' }, await asUser(admin as never));
    expect(set.errors).toBeUndefined();
  }
  expect((await graphqlRequest(url, SET, { d: '2024-10-12', w: true, n: '国庆调休' }, await asUser(admin as never))).data.setCalendarDay).toEqual({ day: '2024-10-12', working: true, note: '国庆调休' });
  expect(await span()).toBe(1); // only 10-08 is a working day in (09-30, 10-08]
  expect((await graphqlRequest(url, SET, { d: '2024-10-09', w: false, n: 'x' }, await asUser(staff as never))).errors?.[0].extensions.code).toBe('FORBIDDEN');
  const other = await graphqlRequest(url, QUALITY, { type: 'inspection', from: '2024-10', to: '2024-10', dept: 'STHJ' }, await asUser(staff as never));
  expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
  const bad = await graphqlRequest(url, QUALITY, { type: 'inspection', from: '2024-13', to: '2024-10' }, await asUser(staff as never));
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'INVALID_MONTH', field: 'from' });
});
