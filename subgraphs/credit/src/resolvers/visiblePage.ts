import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { HubError, MAX_PAGE_SIZE, Page, paginate, PaginateOptions } from '@hub/runtime';
import { restrict, Visibility } from '../policy';

/** A page of the records the caller may see: the rule is part of the SQL, so counts and cursors stay right. */
export async function paginateVisible<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  options: PaginateOptions<T>,
  visibility: Visibility<T>,
): Promise<Page<T>> {
  const where = restrict(options.where, visibility);
  if (where !== null) return paginate(em, entity, { ...options, where });
  const first = options.first;
  if (first !== null && first !== undefined && (first < 0 || first > MAX_PAGE_SIZE)) {
    throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_PAGE_SIZE}之间`, 'first');
  }
  return { nodes: [], cursors: [], hasNextPage: false, count: async () => 0 };
}
