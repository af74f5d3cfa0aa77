import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditEntry } from './auditLog';
import type { HubUser } from './user';

/** What an audit entry needs to know about the request it belongs to, reachable from anywhere in it. */
export interface RequestScope {
  user: HubUser;
  requestId: string;
  subgraph: string;
  /** Reads of personal data waiting to be written when the response is ready (one insert per request). */
  pendingReads: AuditEntry[];
  /** Changes described by flushes, written by the transaction that commits them. */
  pendingChanges: AuditEntry[];
  /** The root mutation fields of this request, named in the audit entries of what they changed. */
  mutationFields: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequest = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);
export const currentRequest = (): RequestScope | undefined => storage.getStore();

/** An audit entry for the current request's user. */
export function auditEntryFor(scope: RequestScope, entry: Pick<AuditEntry, 'operation' | 'entityType' | 'entityIds' | 'fields'> & { reason?: string | null }): AuditEntry {
  const { user } = scope;
  return {
    actorId: user.id,
    actorName: user.name,
    role: user.role,
    dept: user.dept,
    region: user.region,
    requestId: scope.requestId,
    subgraph: scope.subgraph,
    reason: entry.reason ?? null,
    operation: entry.operation,
    entityType: entry.entityType,
    entityIds: entry.entityIds,
    fields: entry.fields,
  };
}
