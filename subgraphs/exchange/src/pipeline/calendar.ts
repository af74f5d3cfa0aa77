import type { ChunkDb } from '@hub/governance';

const FILL = `
    insert into exchange.calendar_day (day, working, working_index)
    select d::date, w, sum(case when w then 1 else 0 end) over (order by d)
    from (
      select d, coalesce(o.working, extract(isodow from d) < 6) as w
      from generate_series(date '2000-01-01', date '2035-12-31', interval '1 day') d
      left join exchange.calendar_override o on o.day = d::date
    ) days
    on conflict (day) do nothing`;

/**
 * Rebuilds exchange.calendar_day from the weekday rule and the overrides (≈13,000 rows, milliseconds). Run
 * inside the transaction that changed an override.
 */
export async function rebuildCalendar(db: ChunkDb): Promise<void> {
  await db.query(`lock table exchange.calendar_day in share row exclusive mode`);
  await db.query(`delete from exchange.calendar_day`);
  await db.query(FILL);
}

/** The calendar, built on first use. */
export async function ensureCalendar(db: ChunkDb): Promise<void> {
  const { rows } = await db.query(`select exists (select 1 from exchange.calendar_day) as built`);
  // Concurrent first uses both fill it; `on conflict do nothing` makes that harmless.
  if (!rows[0].built) await db.query(FILL);
}
