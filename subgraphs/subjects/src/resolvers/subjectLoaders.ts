import { loaderOf, oneByKey, SubgraphContext } from '@hub/runtime';
import { Subject } from '../entities/Subject';

/** One query per request for all subjects asked by id (the gateway sends duplicates: DataLoader dedups). */
export const subjectById = (ctx: SubgraphContext) =>
  loaderOf<string, Subject | null>(ctx, 'subject.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(Subject, { id: { $in: [...ids] } }), (s) => s.id));

export const subjectByCertNo = (ctx: SubgraphContext) =>
  loaderOf<string, Subject | null>(ctx, 'subject.byCertNo', async (certNos) =>
    oneByKey(certNos, await ctx.em.find(Subject, { certNo: { $in: [...certNos] } }), (s) => s.certNo));
