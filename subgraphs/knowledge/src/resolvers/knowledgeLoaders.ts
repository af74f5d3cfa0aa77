import { loaderOf, manyByKey, oneByKey, SubgraphContext } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { RiskFeature } from '../entities/RiskFeature';

/** One query per request for all laws asked by id (references, `LawArticle.law`). */
export const lawById = (ctx: SubgraphContext) =>
  loaderOf<string, Law | null>(ctx, 'law.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(Law, { id: { $in: [...ids] } }), (l) => l.id));

/** One query per request for all articles asked by id (references, `InspectionRule.basisArticles`). */
export const articleById = (ctx: SubgraphContext) =>
  loaderOf<string, LawArticle | null>(ctx, 'lawArticle.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(LawArticle, { id: { $in: [...ids] } }), (a) => a.id));

/** Indicators under each parent code, in code order. */
export const riskChildren = (ctx: SubgraphContext) =>
  loaderOf<string, RiskFeature[]>(ctx, 'riskFeature.children', async (codes) =>
    manyByKey(codes, await ctx.em.find(RiskFeature, { parentCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }), (f) => f.parentCode!));

/** A per-request by-id loader for any record entity of this library (reference resolution). */
export const recordById = <T extends { id: string }>(ctx: SubgraphContext, entity: new () => T) =>
  loaderOf<string, T | null>(ctx, `${entity.name}.byId`, async (ids) =>
    oneByKey(ids, await ctx.em.find(entity, { id: { $in: [...ids] } } as never), (r) => r.id));
