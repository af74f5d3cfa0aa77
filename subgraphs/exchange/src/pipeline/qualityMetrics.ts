import type { ChunkDb } from '@hub/governance';
import { ensureCalendar } from './calendar';

/**
 * 及时率 deadlines as data: a record is timely when reported within this many working days of the act it
 * records (双公示 practice: 7 working days).
 */
export const TIMELINESS_WORKING_DAYS: Record<string, { days: number; act: string }> = {
  inspection: { days: 7, act: 'check_date' },
};

export interface MonthQuality {
  month: string;
  received: number;
  stored: number;
  rejected: number;
  duplicates: number;
  /** 准确率: records that passed governance the first time / records submitted (duplicates left out). */
  accuracy: number | null;
  /** Records of the month (by the date of the act) in the library. */
  records: number;
  /** 及时率: of those, reported within the deadline. */
  timeliness: number | null;
  /** 覆盖率: the department's implementation lists with ≥ 1 record in the month / all of them. */
  coverage: number | null;
  implLists: number;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * Quality of one department's 行政检查 deliveries, per month from `from` to `to` (YYYY-MM). Four indexed
 * aggregates: batches by month, inspections by month (with the calendar for working days), and the
 * department's implementation lists covered by month.
 */
export async function inspectionQuality(db: ChunkDb, deptCode: string, orgs: string[], from: string, to: string): Promise<MonthQuality[]> {
  await ensureCalendar(db);
  const first = `${from}-01`;
  const last = `${to}-01`;
  const deadline = TIMELINESS_WORKING_DAYS.inspection.days;
  const [batches, records, coverage] = await Promise.all([
    db.query(
      `select to_char(b.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, sum(received) as received, sum(stored) as stored,
              sum(duplicates) as duplicates, sum(rejected) as rejected,
              sum((select count(*) from exchange.rejected_record r where r.batch_id = b.id)) as rejected_first
       from exchange.import_batch b
       where b.dept_code = $1 and b.record_type = 'inspection' and b.created_at >= ($2::date::timestamp at time zone 'Asia/Shanghai')
         and b.created_at < (($3::date + interval '1 month')::timestamp at time zone 'Asia/Shanghai')
       group by 1`,
      [deptCode, first, last],
    ),
    db.query(
      `select to_char(i.check_date, 'YYYY-MM') as month, count(*) as records,
              count(*) filter (where r.working_index - c.working_index <= $4) as timely
       from enforcement.inspection i
       join exchange.calendar_day c on c.day = i.check_date
       join exchange.calendar_day r on r.day = (i.reported_at at time zone 'Asia/Shanghai')::date
       where i.org_code = any($1) and i.check_date >= $2::date and i.check_date < $3::date + interval '1 month' and i.data_status = 'normal'
       group by 1`,
      [orgs, first, last, deadline],
    ),
    db.query(
      `select to_char(m, 'YYYY-MM') as month, count(*) as lists,
              count(*) filter (where exists (select 1 from enforcement.inspection i where i.impl_list_code = l.code
                and i.check_date >= m::date and i.check_date < (m + interval '1 month')::date)) as covered
       from generate_series($2::date, $3::date, interval '1 month') m
       cross join catalog.check_impl_list l
       where l.org_uscc = any($1) and l.is_current and l.data_status = 'normal'
       group by 1`,
      [orgs, first, last],
    ),
  ]);
  const byMonth = <T extends { month: string }>(rows: T[]) => new Map(rows.map((r) => [r.month, r]));
  const b = byMonth(batches.rows);
  const r = byMonth(records.rows);
  const c = byMonth(coverage.rows);
  const months: MonthQuality[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) {
    const bb = b.get(month);
    const rr = r.get(month);
    const cc = c.get(month);
    const received = Number(bb?.received ?? 0);
    const duplicates = Number(bb?.duplicates ?? 0);
    const submitted = received - duplicates;
    months.push({
      month,
      received,
      stored: Number(bb?.stored ?? 0),
      rejected: Number(bb?.rejected ?? 0),
      duplicates,
      accuracy: ratio(submitted - Number(bb?.rejected_first ?? 0), submitted),
      records: Number(rr?.records ?? 0),
      timeliness: ratio(Number(rr?.timely ?? 0), Number(rr?.records ?? 0)),
      coverage: ratio(Number(cc?.covered ?? 0), Number(cc?.lists ?? 0)),
      implLists: Number(cc?.lists ?? 0),
    });
  }
  return months;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
