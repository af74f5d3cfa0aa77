import type { EntityManager } from '@mikro-orm/postgresql';
import { CitySubject, createFrame, subjectAt } from '@hub/city';
import { insertRows, type SeedOptions } from '@hub/runtime';
import { Subject } from './entities/Subject';

const BATCH = 1000;

/** Writes the seed city's subjects; rows that exist already (same id) are left alone. */
export async function seedSubjects(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  let inserted = 0;
  for (let start = 0; start < frame.subjectCount; start += BATCH) {
    const rows: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(start + BATCH, frame.subjectCount); i++) {
      const { index: _i, departmentIndex: _d, ...subject } = subjectAt(frame, i);
      rows.push({ ...subject, legalPerson: null, naturalPerson: null, equipment: null, product: null, place: null, project: null, ...pickDetails(subject), sourceDept: 'SEED' });
    }
    inserted += await insertRows(em, Subject, rows);
  }
  return { subjects: inserted };
}

function pickDetails(s: Omit<CitySubject, 'index' | 'departmentIndex'>) {
  const { legalPerson, naturalPerson, equipment, product, place, project } = s;
  return Object.fromEntries(Object.entries({ legalPerson, naturalPerson, equipment, product, place, project }).filter(([, v]) => v));
}
