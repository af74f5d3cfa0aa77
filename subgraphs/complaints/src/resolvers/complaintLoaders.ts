import { loaderOf, oneByKey, SubgraphContext, firstRowsPerKey, uuidsOf, recordById } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';

export const complaintById = (ctx: SubgraphContext) => recordById(ctx, Complaint);

export const complaintByNo = (ctx: SubgraphContext) =>
  loaderOf<string, Complaint | null>(ctx, 'complaint.byNo', async (nos) =>
    oneByKey(nos, await ctx.em.find(Complaint, { no: { $in: [...nos] } }), (c) => c.no));

/** The newest `first` complaints of each subject, for all subjects of the request in ONE statement. */
export const complaintsOfSubject = (ctx: SubgraphContext, first: number, statuses: readonly ComplaintStatus[]) => {
  const statusList = [...new Set(statuses)].sort();
  return loaderOf<string, Complaint[]>(ctx, `complaint.bySubject:${first}:${statusList.join(',')}`, async (subjectIds) => {
    const valid = new Set(uuidsOf(subjectIds));
    const groups = await firstRowsPerKey(ctx.em, Complaint, [...valid], first, {
      table: '"complaints"."complaint"',
      keyColumn: 'subject_id',
      orderBy: 't.received_at desc, t.id desc',
      where: statusList.length ? "t.data_status = 'normal' and t.status in (?)" : "t.data_status = 'normal'",
      params: statusList.length ? [statusList] : [],
    });
    const bySubject = new Map([...valid].map((id, i) => [id, groups[i]]));
    return subjectIds.map((id) => bySubject.get(id) ?? []);
  });
};

/** Complaints per subject (optionally only the last `sinceDays` days): one grouped count per request. */
export const complaintCountOfSubject = (ctx: SubgraphContext, sinceDays: number | null) =>
  loaderOf<string, number>(ctx, `complaint.countBySubject:${sinceDays ?? 'all'}`, async (subjectIds) => {
    const valid = uuidsOf(subjectIds);
    if (!valid.length) return subjectIds.map(() => 0);
    const sinceSql = sinceDays === null ? '' : 'and received_at >= now() - make_interval(days => ?)';
    const rows = await ctx.em.getConnection().execute<{ subject_id: string; n: string }[]>(
      `select subject_id, count(*) as n from "complaints"."complaint"
       where subject_id in (?) and data_status = 'normal' ${sinceSql}
       group by subject_id`,
      sinceDays === null ? [valid] : [valid, sinceDays],
    );
    const counts = new Map(rows.map((r) => [r.subject_id, Number(r.n)]));
    return subjectIds.map((id) => counts.get(id) ?? 0);
  });
