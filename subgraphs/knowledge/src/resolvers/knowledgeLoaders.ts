import { loaderOf, manyByKey, SubgraphContext, recordById } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { RiskFeature } from '../entities/RiskFeature';

/** One query per request for all laws asked by id (references, `LawArticle.law`). */
export const lawById = (ctx: SubgraphContext) => recordById(ctx, Law);

/** One query per request for all articles asked by id (references, `InspectionRule.basisArticles`). */
export const articleById = (ctx: SubgraphContext) => recordById(ctx, LawArticle);

/** Indicators under each parent code, in code order. */
export const riskChildren = (ctx: SubgraphContext) =>
  loaderOf<string, RiskFeature[]>(ctx, 'riskFeature.children', async (codes) =>
    manyByKey(codes, await ctx.em.find(RiskFeature, { parentCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }), (f) => f.parentCode!));

