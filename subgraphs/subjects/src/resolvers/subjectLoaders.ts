import { loaderOf, oneByKey, SubgraphContext, uuidsOf, recordById } from '@hub/runtime';
import { Subject } from '../entities/Subject';

/** One query per request for all subjects asked by id (the gateway sends duplicates: DataLoader dedups). */
export const subjectById = (ctx: SubgraphContext) => recordById(ctx, Subject);

export const subjectByCertNo = (ctx: SubgraphContext) =>
  loaderOf<string, Subject | null>(ctx, 'subject.byCertNo', async (certNos) =>
    oneByKey(certNos, await ctx.em.find(Subject, { certNo: { $in: [...certNos] } }), (s) => s.certNo));
