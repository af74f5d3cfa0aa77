import { loaderOf, oneByKey, SubgraphContext } from '@hub/runtime';
import { Enforcer } from '../entities/Enforcer';

/** One query per request for all enforcers asked by id. */
export const enforcerById = (ctx: SubgraphContext) =>
  loaderOf<string, Enforcer | null>(ctx, 'enforcer.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(Enforcer, { id: { $in: [...ids] } }), (e) => e.id));

export const enforcerByCertNo = (ctx: SubgraphContext) =>
  loaderOf<string, Enforcer | null>(ctx, 'enforcer.byCertNo', async (certNos) =>
    oneByKey(certNos, await ctx.em.find(Enforcer, { certNo: { $in: [...certNos] } }), (e) => e.certNo));
