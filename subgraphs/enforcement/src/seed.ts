import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CityInspection, createFrame, enforcerAt, inspectionAt } from '@hub/city';
import { insertRows, type SeedOptions } from '@hub/runtime';
import { Enforcer } from './entities/Enforcer';
import { Inspection } from './entities/Inspection';
import { InspectionInspector } from './entities/InspectionInspector';
import { Penalty } from './entities/Penalty';
import { Coercion } from './entities/Coercion';
import { OtherAction } from './entities/OtherAction';
import { coercionRow, enforcerRow, inspectionRow, inspectorRows, otherActionRow, penaltyRow } from './seedRows';

const BATCH = 1000;

type Counts = { enforcers: number; inspections: number; inspectors: number; penalties: number; coercions: number; otherActions: number };

/**
 * Writes the seed city's enforcers and behaviour records (`insertRows`: one JSON parameter a batch).
 * Ids come from the city, so re-running inserts nothing new. The next batch is generated meanwhile.
 */
export async function seedEnforcement(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  const counts: Counts = { enforcers: 0, inspections: 0, inspectors: 0, penalties: 0, coercions: 0, otherActions: 0 };
  const insert = (entity: EntityName<object>, rows: Record<string, unknown>[]) => insertRows(em, entity, rows);

  for (let start = 0; start < frame.enforcerCount; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(start + BATCH, frame.enforcerCount); i++) rows.push(enforcerRow(frame, enforcerAt(frame, i)));
    counts.enforcers += await insert(Enforcer, rows);
  }

  // Parents before children inside a batch (foreign keys); batches are independent of each other.
  const writeBatch = async (batch: CityInspection[]) => {
    counts.inspections += await insert(Inspection, batch.map(inspectionRow));
    counts.inspectors += await insert(InspectionInspector, batch.flatMap(inspectorRows));
    counts.penalties += await insert(Penalty, batch.filter((i) => i.penalty).map(penaltyRow));
    counts.coercions += await insert(Coercion, batch.filter((i) => i.coercion).map(coercionRow));
    counts.otherActions += await insert(OtherAction, batch.filter((i) => i.otherAction).map(otherActionRow));
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
