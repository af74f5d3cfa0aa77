import type { ChunkDb } from './types';

/** A department's name in the department registry (identity library); null for a code it does not hold. */
export async function departmentName(db: ChunkDb, deptCode: string): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>(`select name from identity.department where code = $1`, [deptCode]);
  return rows[0]?.name ?? null;
}
