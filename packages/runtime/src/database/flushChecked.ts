import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HubError } from '../errors';

/** Optimistic locking: the client must send the version it read. */
export function assertVersion(entity: { version: number }, expectedVersion: number): void {
  if (entity.version !== expectedVersion) {
    throw new HubError('VERSION_CONFLICT', `该记录已被他人修改（当前版本 ${entity.version}），请刷新后再改`, 'expectedVersion');
  }
}

/**
 * Flushes and turns the database's refusals into client errors: a unique key already taken becomes
 * `duplicate` (code and field given by the caller), a concurrent update VERSION_CONFLICT.
 */
export async function flushChecked(em: EntityManager, duplicate?: HubError): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && duplicate) throw duplicate;
    if (error instanceof OptimisticLockError) {
      throw new HubError('VERSION_CONFLICT', '该记录已被他人同时修改，请刷新后再改', 'expectedVersion');
    }
    throw error;
  }
}
