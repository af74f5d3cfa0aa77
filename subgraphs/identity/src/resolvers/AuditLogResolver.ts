import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { appendAudit, auditEntryFor, Connection, currentRequest, PageArgs, SubgraphContext, verifyAuditChain } from '@hub/runtime';
import { auditPage } from '../auth/auditQueries';
import { AuditChainReport, AuditEntry, AuditLogFilter } from './AuditTypes';

const AuditEntryConnection = Connection(AuditEntry);

/** 审计: auditors read the log and check its hash chain; each reading is itself an entry of the log. */
@Resolver()
export class AuditLogResolver {
  @Authorized('auditor')
  @Query(() => AuditEntryConnection, { description: '审计日志（新的在前，游标分页；仅审计员）' })
  async auditLog(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const connection = ctx.em.getConnection();
    const found = await auditPage(connection, filter, page?.first, page?.after);
    const used = Object.entries(filter ?? {}).filter(([, v]) => v !== undefined && v !== null).map(([k]) => k);
    await auditRead(ctx, 'auditLog', found.nodes.map((n) => String(n.seq)), used);
    return new AuditEntryConnection(found);
  }

  @Authorized('auditor')
  @Query(() => AuditChainReport, { description: '校验审计日志哈希链：被篡改或删除的条目（仅审计员）' })
  async verifyAuditChain(@Ctx() ctx: SubgraphContext) {
    const report = await verifyAuditChain(ctx.em.getConnection());
    await auditRead(ctx, 'verifyAuditChain', [], []);
    return report;
  }
}

/** Who read the audit log, how (the query and the filter fields used) and which entries they saw. */
async function auditRead(ctx: SubgraphContext, query: string, seqs: string[], filterFields: string[]): Promise<void> {
  const scope = currentRequest();
  if (!scope) return;
  await appendAudit(ctx.em.getConnection(), [auditEntryFor(scope, { operation: 'read_audit', entityType: 'AuditEntry', entityIds: seqs, fields: [query, ...filterFields] })]);
}
