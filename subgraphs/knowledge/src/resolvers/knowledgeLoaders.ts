import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { loaderOf, manyByKey, oneByKey, SubgraphContext, recordById, uuidsOf } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { LegalCase } from '../entities/LegalCase';
import { RiskFeature } from '../entities/RiskFeature';
import { mayReadInternal, publicView } from '../policy';

/** Public knowledge by id as the caller may see it (policy.ts): one query per request and type. */
function publicById<T extends { id: string }>(ctx: SubgraphContext, entity: EntityClass<T>) {
  return loaderOf<string, T | null>(ctx, `${entity.name}.visibleById`, async (ids) => {
    const where = publicView(ctx.user, { id: { $in: uuidsOf(ids) } } as unknown as FilterQuery<T>);
    return oneByKey(ids, (await ctx.em.find(entity, where)) as T[], (r) => r.id);
  });
}

/** Internal knowledge by id: nothing for the public. */
export function internalById<T extends { id: string }>(ctx: SubgraphContext, entity: EntityClass<T>) {
  if (mayReadInternal(ctx.user)) return recordById(ctx, entity);
  return loaderOf<string, T | null>(ctx, `${entity.name}.hidden`, async (ids) => ids.map(() => null));
}

/** One query per request for all laws asked by id (references, `LawArticle.law`). */
export const lawById = (ctx: SubgraphContext) => publicById(ctx, Law);

/** One query per request for all articles asked by id (references, `InspectionRule.basisArticles`). */
export const articleById = (ctx: SubgraphContext) => publicById(ctx, LawArticle);

export const legalCaseById = (ctx: SubgraphContext) => publicById(ctx, LegalCase);

/** Indicators under each parent code, in code order. */
export const riskChildren = (ctx: SubgraphContext) =>
  loaderOf<string, RiskFeature[]>(ctx, 'riskFeature.children', async (codes) =>
    manyByKey(codes, await ctx.em.find(RiskFeature, { parentCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } }), (f) => f.parentCode!));
