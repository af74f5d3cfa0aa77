import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DataStatus, SubgraphContext } from '@hub/runtime';
import { RiskFeature } from '../entities/RiskFeature';
import { riskChildren } from './knowledgeLoaders';

@Resolver(() => RiskFeature)
export class RiskFeatureResolver {
  @Authorized()
  @Query(() => [RiskFeature], { description: '风险预警指标：给出 parentCode 时为其下级，否则为全部（按编码排序）' })
  riskFeatures(@Ctx() ctx: SubgraphContext, @Arg('parentCode', () => String, { nullable: true }) parentCode?: string) {
    return ctx.em.find(RiskFeature, { dataStatus: DataStatus.normal, ...(parentCode ? { parentCode } : {}) }, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [RiskFeature], { description: '下级指标' })
  children(@Root() feature: RiskFeature, @Ctx() ctx: SubgraphContext) {
    return riskChildren(ctx).load(feature.code);
  }
}
