import { EntityManager, EntityName, FilterQuery, QueryOrder } from '@mikro-orm/core';
import { decodeCursor, encodeCursor, Page, SortDirection, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/pagination';
import { HubError } from '../errors';

export interface PaginateOptions<T> {
  where: FilterQuery<T>;
  /** A non-null, indexed column; `id` breaks ties so that the order is total. */
  sortField: keyof T & string;
  direction?: SortDirection;
  first?: number | null;
  after?: string | null;
}

/**
 * Keyset pagination: the next page starts strictly after the (sort value, id) of the cursor, so rows
 * inserted meanwhile neither repeat nor shift a page, and no OFFSET scan grows with depth.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  { where, sortField, direction = SortDirection.ASC, first, after }: PaginateOptions<T>,
): Promise<Page<T>> {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_PAGE_SIZE}之间`, 'first');
  }
  const op = direction === SortDirection.ASC ? '$gt' : '$lt';
  let pageWhere: FilterQuery<T> = where;
  if (after) {
    const [value, id] = decodeCursor(after);
    const keyset = { $or: [{ [sortField]: { [op]: value } }, { [sortField]: value, id: { [op]: id } }] };
    pageWhere = { $and: [where, keyset] } as FilterQuery<T>;
  }
  const order = direction === SortDirection.ASC ? QueryOrder.ASC : QueryOrder.DESC;
  const rows = limit === 0 ? [] : await em.find(entity, pageWhere, {
    orderBy: [{ [sortField]: order }, { id: order }] as never,
    limit: limit + 1,
  });
  const nodes = rows.slice(0, limit);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor((n as Record<string, unknown>)[sortField], n.id)),
    hasNextPage: rows.length > limit,
    count: () => em.count(entity, where),
  };
}
