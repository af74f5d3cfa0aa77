import type { ChunkDb } from '@hub/governance';

/** USCCs of a department's organs, from the department registry (identity library). */
export async function organsOf(db: ChunkDb, deptCode: string): Promise<string[]> {
  const { rows } = await db.query<{ uscc: string }>(`select uscc from identity.organ where dept_code = $1`, [deptCode]);
  return rows.map((r) => r.uscc);
}
