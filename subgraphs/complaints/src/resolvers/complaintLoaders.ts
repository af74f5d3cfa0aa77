import { loaderOf, manyByKey, oneByKey, SubgraphContext } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from clients and the gateway may be anything: a malformed one matches nothing (and must not reach SQL). */
const uuidsOf = (keys: readonly string[]) => [...new Set(keys.filter((k) => UUID.test(k)))];

export const complaintById = (ctx: SubgraphContext) =>
  loaderOf<string, Complaint | null>(ctx, 'complaint.byId', async (ids) => {
    const valid = uuidsOf(ids);
    return oneByKey(ids, valid.length ? await ctx.em.find(Complaint, { id: { $in: valid } }) : [], (c) => c.id);
  });

export const complaintByNo = (ctx: SubgraphContext) =>
  loaderOf<string, Complaint | null>(ctx, 'complaint.byNo', async (nos) =>
    oneByKey(nos, await ctx.em.find(Complaint, { no: { $in: [...nos] } }), (c) => c.no));

/**
 * The newest `first` complaints of each subject, for all subjects of the request in ONE statement: a
 * window function numbers each subject's complaints, the outer query keeps the first ones.
 */
export const complaintsOfSubject = (ctx: SubgraphContext, first: number, statuses: readonly ComplaintStatus[]) => {
  const statusList = [...new Set(statuses)].sort();
  return loaderOf<string, Complaint[]>(ctx, `complaint.bySubject:${first}:${statusList.join(',')}`, async (subjectIds) => {
    const valid = uuidsOf(subjectIds);
    if (!valid.length || first === 0) return subjectIds.map(() => []);
    const statusSql = statusList.length ? 'and c.status in (?)' : '';
    const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
      `select * from (
         select c.*, row_number() over (partition by c.subject_id order by c.received_at desc, c.id desc) as rn
         from "complaints"."complaint" c
         where c.subject_id in (?) and c.data_status = 'normal' ${statusSql}
       ) t where t.rn <= ? order by t.subject_id, t.rn`,
      statusList.length ? [valid, statusList, first] : [valid, first],
    );
    const complaints = rows.map(({ rn: _rn, ...row }) => ctx.em.map(Complaint, row));
    return manyByKey(subjectIds, complaints, (c) => c.subjectId!);
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
