import type { EntityManager } from '@mikro-orm/postgresql';
import { complaintAt, createFrame } from '@hub/city';
import { insertRows, type SeedOptions } from '@hub/runtime';
import { Complaint } from './entities/Complaint';
import { COMPLAINT_NO_SEQUENCE } from './resolvers/complaintNo';

const BATCH = 1000;

/**
 * Writes the seed city's complaints; rows that exist already (same id) are left alone. The city's phones
 * are masked already and its complaints have no 查询码 (nobody was ever given one).
 */
export async function seedComplaints(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  // Timestamps from JS (millisecond precision), not now(): keyset cursors carry milliseconds, and a
  // microsecond created_at would never equal its own cursor value.
  const seededAt = new Date();
  let inserted = 0;
  for (let start = 0; start < frame.complaintCount; start += BATCH) {
    const rows: Record<string, unknown>[] = [];
    for (let k = start; k < Math.min(start + BATCH, frame.complaintCount); k++) {
      const { index: _k, subject, receivedAt, ...complaint } = complaintAt(frame, k);
      rows.push({
        ...complaint,
        receivedAt: new Date(receivedAt),
        subjectId: subject.id,
        targetName: subject.name,
        targetCertNo: subject.certNo,
        queryCodeHash: null,
        sourceDept: 'SEED',
        createdAt: seededAt,
        updatedAt: seededAt,
      });
    }
    inserted += await insertRows(em, Complaint, rows);
  }
  // Seeded numbers end in their index: generated numbers start above them so the two never meet.
  await em.getConnection().execute(
    `select setval('${COMPLAINT_NO_SEQUENCE}', greatest(?, (select last_value from ${COMPLAINT_NO_SEQUENCE})))`,
    [frame.complaintCount],
  );
  return { complaints: inserted };
}
