import type { Connection } from '@mikro-orm/core';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, HubError, MAX_PAGE_SIZE, type Page } from '@hub/runtime';
import type { AuditEntry, AuditLogFilter } from '../resolvers/AuditTypes';

interface Row {
  seq: string;
  at: Date | string;
  actor_id: string;
  actor_name: string;
  role: string;
  dept: string | null;
  region: string | null;
  request_id: string | null;
  subgraph: string;
  operation: string;
  entity_type: string;
  entity_ids: string[];
  fields: string[];
  reason: string | null;
  prev_hash: string;
  hash: string;
}

const entry = (row: Row): AuditEntry => ({
  seq: Number(row.seq),
  at: new Date(row.at),
  actorId: row.actor_id,
  actorName: row.actor_name,
  role: row.role,
  dept: row.dept,
  region: row.region,
  requestId: row.request_id,
  subgraph: row.subgraph,
  operation: row.operation,
  entityType: row.entity_type,
  entityIds: row.entity_ids,
  fields: row.fields,
  reason: row.reason,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The filter as SQL on audit.audit_log; actor and entity type lead to their (…, seq) indexes. */
function conditions(filter: AuditLogFilter | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = ['true'];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (filter?.actorId) add('actor_id = ?', filter.actorId);
  if (filter?.entityType) add('entity_type = ?', filter.entityType);
  if (filter?.entityId) add('? = any(entity_ids)', filter.entityId);
  if (filter?.operation) add('operation = ?', filter.operation);
  if (filter?.subgraph) add('subgraph = ?', filter.subgraph);
  if (filter?.from) add('at >= ?', filter.from);
  if (filter?.to) add('at < ?', filter.to);
  return { sql: parts.join(' and '), params };
}

/** Newest first, keyset on seq (a cursor is the last seq seen): deep pages cost no more than the first. */
export async function auditPage(connection: Connection, filter: AuditLogFilter | undefined, first?: number | null, after?: string | null): Promise<Page<AuditEntry>> {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (limit < 0 || limit > MAX_PAGE_SIZE) throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_PAGE_SIZE}之间`, 'first');
  const where = conditions(filter);
  const keyset: { sql: string; params: number[] } = after ? { sql: ' and seq < ?', params: [Number(decodeCursor(after)[1])] } : { sql: '', params: [] };
  if (keyset.params.some((seq) => !Number.isSafeInteger(seq))) throw new HubError('INVALID_CURSOR', '分页游标无效，请从第一页重新查询', 'after');
  const rows = limit === 0 ? [] : await connection.execute<Row[]>(
    `select * from audit.audit_log where ${where.sql}${keyset.sql} order by seq desc limit ?`,
    [...where.params, ...keyset.params, limit + 1],
  );
  const nodes = rows.slice(0, limit).map(entry);
  return {
    nodes,
    cursors: nodes.map((n: AuditEntry) => encodeCursor(n.seq, String(n.seq))),
    hasNextPage: rows.length > limit,
    count: async () => {
      const [row] = await connection.execute<{ count: string }[]>(`select count(*) as count from audit.audit_log where ${where.sql}`, where.params);
      return Number(row.count);
    },
  };
}
