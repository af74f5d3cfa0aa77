import { loaderOf, oneByKey, SubgraphContext, recordById } from '@hub/runtime';
import { Enforcer } from '../entities/Enforcer';

/** One query per request for all enforcers asked by id. */
export const enforcerById = (ctx: SubgraphContext) => recordById(ctx, Enforcer);

export const enforcerByCertNo = (ctx: SubgraphContext) =>
  loaderOf<string, Enforcer | null>(ctx, 'enforcer.byCertNo', async (certNos) =>
    oneByKey(certNos, await ctx.em.find(Enforcer, { certNo: { $in: [...certNos] } }), (e) => e.certNo));
