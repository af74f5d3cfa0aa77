import type { FilterQuery } from '@mikro-orm/core';
import { loaderOf, oneByKey, SubgraphContext, firstRowsPerKey, uuidsOf } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';
import { complaintReadSql, complaintReadWhere } from '../policy';

// Every loader applies the read policy in its SQL: root lookups, `__resolveReference` and Subject.complaints
// answer null / nothing for complaints outside the caller's scope.

async function visibleComplaints(ctx: SubgraphContext, keys: FilterQuery<Complaint>): Promise<Complaint[]> {
  const scope = complaintReadWhere(ctx.user);
  if (scope === null) return [];
  return ctx.em.find(Complaint, scope ? { $and: [keys, scope] } : keys);
}

/** By id; malformed ids are null, not an error. */
export const complaintById = (ctx: SubgraphContext) =>
  loaderOf<string, Complaint | null>(ctx, 'complaint.byId', async (ids) =>
    oneByKey(ids, await visibleComplaints(ctx, { id: { $in: uuidsOf(ids) } }), (c) => c.id));

export const complaintByNo = (ctx: SubgraphContext) =>
  loaderOf<string, Complaint | null>(ctx, 'complaint.byNo', async (nos) =>
    oneByKey(nos, await visibleComplaints(ctx, { no: { $in: [...nos] } }), (c) => c.no));

/** The newest `first` complaints of each subject, for all subjects of the request in ONE statement. */
export const complaintsOfSubject = (ctx: SubgraphContext, first: number, statuses: readonly ComplaintStatus[]) => {
  const statusList = [...new Set(statuses)].sort();
  return loaderOf<string, Complaint[]>(ctx, `complaint.bySubject:${first}:${statusList.join(',')}`, async (subjectIds) => {
    const scope = complaintReadSql(ctx.user, 't');
    if (scope === null) return subjectIds.map(() => []);
    const valid = new Set(uuidsOf(subjectIds));
    const where = ["t.data_status = 'normal'", ...(statusList.length ? ['t.status in (?)'] : []), ...(scope ? [`(${scope.sql})`] : [])];
    const groups = await firstRowsPerKey(ctx.em, Complaint, [...valid], first, {
      table: '"complaints"."complaint"',
      keyColumn: 'subject_id',
      orderBy: 't.received_at desc, t.id desc',
      where: where.join(' and '),
      params: [...(statusList.length ? [statusList] : []), ...(scope?.params ?? [])],
    });
    const bySubject = new Map([...valid].map((id, i) => [id, groups[i]]));
    return subjectIds.map((id) => bySubject.get(id) ?? []);
  });
};

/** Complaints per subject the caller may see (optionally only the last `sinceDays` days): one grouped count per request. */
export const complaintCountOfSubject = (ctx: SubgraphContext, sinceDays: number | null) =>
  loaderOf<string, number>(ctx, `complaint.countBySubject:${sinceDays ?? 'all'}`, async (subjectIds) => {
    const valid = uuidsOf(subjectIds);
    const scope = complaintReadSql(ctx.user);
    if (!valid.length || scope === null) return subjectIds.map(() => 0);
    const sinceSql = sinceDays === null ? '' : 'and received_at >= now() - make_interval(days => ?)';
    const scopeSql = scope ? `and (${scope.sql})` : '';
    const rows = await ctx.em.getConnection().execute<{ subject_id: string; n: string }[]>(
      `select subject_id, count(*) as n from "complaints"."complaint"
       where subject_id in (?) and data_status = 'normal' ${sinceSql} ${scopeSql}
       group by subject_id`,
      [valid, ...(sinceDays === null ? [] : [sinceDays]), ...(scope?.params ?? [])],
    );
    const counts = new Map(rows.map((r) => [r.subject_id, Number(r.n)]));
    return subjectIds.map((id) => counts.get(id) ?? 0);
  });
