import { ChangeSet, EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import { appendAudit, AuditEntry } from './auditLog';
import { auditEntryFor, currentRequest } from './requestContext';

/**
 * Every change a user's request makes is in the audit log, written in the same transaction as the change:
 * if the audit entry cannot be written, the change does not happen either. Each flush describes its change
 * sets (`onFlush`); the transaction that carries them writes the entries just before it commits (a flush of
 * its own, or the `em.transactional` around it). Work outside a request (seeds, migrations) is not a user's
 * action and is not logged here.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const scope = currentRequest();
    if (!scope) return;
    const via = scope.mutationFields.join(',');
    for (const group of groupChangeSets(args.uow.getChangeSets() as ChangeSet<object>[])) {
      scope.pendingChanges.push(
        auditEntryFor(scope, { operation: via ? `${group.type}:${via}` : group.type, entityType: group.name, entityIds: group.ids, fields: [...group.fields] }),
      );
    }
  }

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const scope = currentRequest();
    if (!scope?.pendingChanges.length) return;
    const entries: AuditEntry[] = scope.pendingChanges;
    scope.pendingChanges = [];
    await appendAudit(args.em.getConnection(), entries, args.transaction);
  }

  /** What a rolled-back transaction described never happened. */
  afterTransactionRollback(): void {
    const scope = currentRequest();
    if (scope) scope.pendingChanges = [];
  }
}

function groupChangeSets(changeSets: ChangeSet<object>[]) {
  const groups = new Map<string, { type: string; name: string; ids: string[]; fields: Set<string> }>();
  for (const changeSet of changeSets) {
    const key = `${changeSet.type}:${changeSet.name}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type: changeSet.type, name: changeSet.name, ids: [], fields: new Set() }));
    group.ids.push(primaryKeyText(changeSet.getPrimaryKey()));
    if (changeSet.type === 'update') for (const field of Object.keys(changeSet.payload ?? {})) group.fields.add(field);
  }
  return groups.values();
}

/** `id`, or `a,b` for composite keys. */
function primaryKeyText(pk: unknown): string {
  if (pk === null || pk === undefined) return '';
  if (Array.isArray(pk)) return pk.map(String).join(',');
  if (typeof pk === 'object') return Object.values(pk as object).map(String).join(',');
  return String(pk);
}
