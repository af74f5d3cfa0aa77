import { createHash, randomBytes } from 'node:crypto';
import type { ChunkDb } from '@hub/governance';

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** `hubk_` + 32 random bytes (base64url): long enough that only its hash needs keeping. */
export const newApiKey = (): string => `hubk_${randomBytes(32).toString('base64url')}`;

/** The department an active key belongs to (and notes its use), or null. */
export async function departmentOfKey(db: ChunkDb, key: string): Promise<{ id: string; deptCode: string } | null> {
  const { rows } = await db.query<{ id: string; dept_code: string }>(
    `update exchange.api_key set last_used_at = now() where key_hash = $1 and revoked_at is null and data_status = 'normal' returning id, dept_code`,
    [hashApiKey(key)],
  );
  return rows[0] ? { id: rows[0].id, deptCode: rows[0].dept_code } : null;
}
