import type { ChunkDb } from '@hub/governance';
import { INGESTS } from '../ingests';
import { ensureCalendar } from './calendar';
import { ColumnKind, QUALITY_SOURCES, QualitySource } from './qualitySources';

/** The figures of one month, or of a whole period. */
export interface QualityFigures {
  received: number;
  stored: number;
  rejected: number;
  duplicates: number;
  /** 准确率: records that passed governance the first time / records submitted (duplicates left out). */
  accuracy: number | null;
  /** Records of the period (by the date of the act) in the library. */
  records: number;
  /** 及时率: of those, reported within the deadline; null for types without one. */
  timeliness: number | null;
  /** 覆盖率: the department's implementation lists with ≥ 1 record in the period / all of them; null but for 行政检查. */
  coverage: number | null;
  implLists: number | null;
}

export interface MonthQuality extends QualityFigures {
  month: string;
}

export interface TypeQuality extends QualityFigures {
  recordType: string;
  label: string;
  /** The deadline timeliness is measured against, in words; null when there is none. */
  timelinessRule: string | null;
}

/** Whose records: the department's code, its name and its organs' USCCs. */
export interface QualityDepartment {
  code: string;
  name: string | null;
  orgs: string[];
}

export const RECORD_TYPES = Object.keys(INGESTS);

export function qualitySourceOf(recordType: string): QualitySource | undefined {
  return Object.prototype.hasOwnProperty.call(QUALITY_SOURCES, recordType) ? QUALITY_SOURCES[recordType] : undefined;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** A period of whole months, `from` to `to` (YYYY-MM): SQL parameters $2 and $3 are their first days. */
interface Period {
  from: string;
  to: string;
}
const first = (p: Period) => `${p.from}-01`;
const last = (p: Period) => `${p.to}-01`;

/** SQL over a column of alias `t`: its day in China, the month of that day, and the period's range on it. */
const dayOf = (column: string, kind: ColumnKind) => (kind === 'date' ? `t.${column}` : `(t.${column} at time zone 'Asia/Shanghai')::date`);
const monthOf = (column: string, kind: ColumnKind) => `to_char(${dayOf(column, kind)}, 'YYYY-MM')`;
const rangeOf = (column: string, kind: ColumnKind) =>
  kind === 'date'
    ? `t.${column} >= $2::date and t.${column} < ($3::date + interval '1 month')::date`
    : `t.${column} >= ($2::date::timestamp at time zone 'Asia/Shanghai') and t.${column} < (($3::date + interval '1 month')::timestamp at time zone 'Asia/Shanghai')`;

function departmentFilter(source: QualitySource, department: QualityDepartment): { sql: string; param: unknown } {
  const column = `t.${source.department.column}`;
  switch (source.department.by) {
    case 'organs':
      return { sql: `${column} = any($1)`, param: department.orgs };
    case 'deptCode':
      return { sql: `${column} = $1`, param: department.code };
    case 'deptName':
      // A department not in the registry has no name: `= null` finds nothing.
      return { sql: `${column} = $1`, param: department.name };
  }
}

type Row = Record<string, string | null>;
const byKey = (rows: Row[], key: string) => new Map(rows.map((r) => [r[key] as string, r]));

/** Batches of the department for the types, by month or for the whole period (`month` = 'period'). */
async function batchFigures(db: ChunkDb, deptCode: string, recordTypes: string[], period: Period, byMonth: boolean): Promise<Row[]> {
  const month = byMonth ? `to_char(b.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')` : `'period'`;
  const { rows } = await db.query<Row>(
    `select b.record_type, ${month} as month, sum(received) as received, sum(stored) as stored,
            sum(duplicates) as duplicates, sum(rejected) as rejected,
            sum((select count(*) from exchange.rejected_record r where r.batch_id = b.id)) as rejected_first
     from exchange.import_batch b
     where b.dept_code = $1 and b.record_type = any($4) and b.created_at >= ($2::date::timestamp at time zone 'Asia/Shanghai')
       and b.created_at < (($3::date + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
     group by 1, 2`,
    [deptCode, first(period), last(period), recordTypes],
  );
  return rows;
}

/** Records of the type in the library by the date of their act, and how many were reported in time. */
async function recordFigures(db: ChunkDb, source: QualitySource, department: QualityDepartment, period: Period, byMonth: boolean): Promise<Row[]> {
  const { act, timeliness } = source;
  const dept = departmentFilter(source, department);
  const month = byMonth ? monthOf(act.column, act.kind) : `'period'`;
  const timely = timeliness
    ? `count(*) filter (where r.working_index - c.working_index <= $4) as timely`
    : `null as timely`;
  const calendar = timeliness
    ? `left join exchange.calendar_day c on c.day = ${dayOf(act.column, act.kind)}
       left join exchange.calendar_day r on r.day = ${dayOf(timeliness.reported, timeliness.kind)}`
    : '';
  const { rows } = await db.query<Row>(
    `select ${month} as month, count(*) as records, ${timely}
     from ${source.table} t
     ${calendar}
     where ${dept.sql} and ${rangeOf(act.column, act.kind)} and t.data_status = 'normal'
     group by 1`,
    timeliness ? [dept.param, first(period), last(period), timeliness.workingDays] : [dept.param, first(period), last(period)],
  );
  return rows;
}

/** The department's current implementation lists, and those with ≥ 1 record in each month (or the period). */
async function coverageFigures(db: ChunkDb, source: QualitySource, department: QualityDepartment, period: Period, byMonth: boolean): Promise<Row[]> {
  const coverage = source.coverage;
  if (!coverage) return [];
  const { act } = source;
  const inRecords = (start: string, end: string) =>
    `exists (select 1 from ${source.table} i where i.${coverage.recordColumn} = l.${coverage.listCodeColumn}
       and i.${act.column} >= ${start} and i.${act.column} < ${end} and i.data_status = 'normal')`;
  const lists = `from ${coverage.listTable} l`;
  const own = `l.${coverage.listOrgColumn} = any($1) and l.is_current and l.data_status = 'normal'`;
  const sql = byMonth
    ? `select to_char(m, 'YYYY-MM') as month, count(*) as lists,
              count(*) filter (where ${inRecords('m::date', `(m + interval '1 month')::date`)}) as covered
       from generate_series($2::date, $3::date, interval '1 month') m
       cross join ${coverage.listTable} l
       where ${own}
       group by 1`
    : `select 'period' as month, count(*) as lists,
              count(*) filter (where ${inRecords('$2::date', `($3::date + interval '1 month')::date`)}) as covered
       ${lists}
       where ${own}`;
  const { rows } = await db.query<Row>(sql, [department.orgs, first(period), last(period)]);
  return rows;
}

function figures(source: QualitySource, b: Row | undefined, r: Row | undefined, c: Row | undefined): QualityFigures {
  const received = Number(b?.received ?? 0);
  const duplicates = Number(b?.duplicates ?? 0);
  const submitted = received - duplicates;
  const records = Number(r?.records ?? 0);
  const lists = Number(c?.lists ?? 0);
  return {
    received,
    stored: Number(b?.stored ?? 0),
    rejected: Number(b?.rejected ?? 0),
    duplicates,
    accuracy: ratio(submitted - Number(b?.rejected_first ?? 0), submitted),
    records,
    timeliness: source.timeliness ? ratio(Number(r?.timely ?? 0), records) : null,
    coverage: source.coverage ? ratio(Number(c?.covered ?? 0), lists) : null,
    implLists: source.coverage ? lists : null,
  };
}

/**
 * Quality of one department's deliveries of one record type, per month from `from` to `to` (YYYY-MM):
 * batches by month (accuracy, volume received), records by the month of their act with the working-day
 * calendar (volume stored, timeliness), and for 行政检查 the implementation lists covered by month. Each
 * query filters on indexed columns (qualitySources.ts names the indexes).
 */
export async function dataQuality(db: ChunkDb, recordType: string, department: QualityDepartment, from: string, to: string): Promise<MonthQuality[]> {
  const source = qualitySourceOf(recordType);
  if (!source) throw new Error(`未知的数据类型 ${recordType}`);
  await ensureCalendar(db);
  const period = { from, to };
  const [batches, records, coverage] = await Promise.all([
    batchFigures(db, department.code, [recordType], period, true),
    recordFigures(db, source, department, period, true),
    coverageFigures(db, source, department, period, true),
  ]);
  const b = byKey(batches, 'month');
  const r = byKey(records, 'month');
  const c = byKey(coverage, 'month');
  const months: MonthQuality[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) {
    months.push({ month, ...figures(source, b.get(month), r.get(month), c.get(month)) });
  }
  return months;
}

/**
 * One row per record type with the department's figures over the whole period: sums of the months for the
 * counts, ratios of the sums, and coverage of the period (a list counts once it has a record in any month).
 */
export async function dataQualityOverview(db: ChunkDb, department: QualityDepartment, from: string, to: string): Promise<TypeQuality[]> {
  await ensureCalendar(db);
  const period = { from, to };
  const [batches, perType] = await Promise.all([
    batchFigures(db, department.code, RECORD_TYPES, period, false),
    Promise.all(
      RECORD_TYPES.map(async (recordType) => {
        const source = QUALITY_SOURCES[recordType];
        const [records, coverage] = await Promise.all([recordFigures(db, source, department, period, false), coverageFigures(db, source, department, period, false)]);
        return { records: records[0], coverage: coverage[0] };
      }),
    ),
  ]);
  const b = byKey(batches, 'record_type');
  return RECORD_TYPES.map((recordType, i) => {
    const source = QUALITY_SOURCES[recordType];
    return {
      recordType,
      label: INGESTS[recordType].spec.title,
      timelinessRule: source.timeliness?.rule ?? null,
      ...figures(source, b.get(recordType), perType[i].records, perType[i].coverage),
    };
  });
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
