import type { EntityManager } from '@mikro-orm/postgresql';
import { CityInspection, createFrame, enforcerAt, inspectionAt } from '@hub/city';
import type { SeedOptions } from '@hub/runtime';
import { coercionRow, enforcerRow, inspectionRow, inspectorRows, otherActionRow, penaltyRow } from './seedRows';

const BATCH = 1000;
const SCHEMA = 'enforcement';

type Counts = { enforcers: number; inspections: number; inspectors: number; penalties: number; coercions: number; otherActions: number };

/**
 * Writes the seed city's enforcers and behaviour records. Ids come from the city, so re-running inserts
 * nothing new (`on conflict do nothing`). Each batch of a thousand goes as ONE JSON parameter expanded by
 * `json_populate_recordset` with the table's own row type: a VALUES list of tens of thousands of
 * parameters costs PostgreSQL more to parse than to insert. The next batch is generated meanwhile.
 */
export async function seedEnforcement(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  const knex = em.getKnex();
  const counts: Counts = { enforcers: 0, inspections: 0, inspectors: 0, penalties: 0, coercions: 0, otherActions: 0 };
  const insert = async (table: string, rows: Record<string, unknown>[]) => {
    if (!rows.length) return 0;
    const columns = Object.keys(rows[0]).map((c) => `"${c}"`).join(', ');
    const target = `"${SCHEMA}"."${table}"`;
    const result = await knex.raw(
      `insert into ${target} (${columns}) select ${columns} from json_populate_recordset(null::${target}, ?::json) on conflict (id) do nothing`,
      [JSON.stringify(rows)],
    ) as { rowCount?: number };
    return result.rowCount ?? 0;
  };

  for (let start = 0; start < frame.enforcerCount; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, frame.enforcerCount); i++) rows.push(enforcerRow(frame, enforcerAt(frame, i)));
    counts.enforcers += await insert('enforcer', rows);
  }

  // Parents before children inside a batch (foreign keys); batches are independent of each other.
  const writeBatch = async (batch: CityInspection[]) => {
    counts.inspections += await insert('inspection', batch.map(inspectionRow));
    counts.inspectors += await insert('inspection_inspector', batch.flatMap(inspectorRows));
    counts.penalties += await insert('penalty', batch.filter((i) => i.penalty).map(penaltyRow));
    counts.coercions += await insert('coercion', batch.filter((i) => i.coercion).map(coercionRow));
    counts.otherActions += await insert('other_action', batch.filter((i) => i.otherAction).map(otherActionRow));
  };
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < frame.inspectionCount; start += BATCH) {
    const batch = [];
    for (let j = start; j < Math.min(start + BATCH, frame.inspectionCount); j++) batch.push(inspectionAt(frame, j));
    await writing;
    writing = writeBatch(batch);
  }
  await writing;
  return counts;
}
