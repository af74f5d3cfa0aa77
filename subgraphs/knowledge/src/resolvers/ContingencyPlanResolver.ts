import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Connection, DataStatus, PageArgs, paginate, SubgraphContext } from '@hub/runtime';
import { ContingencyPlan } from '../entities/ContingencyPlan';

const ContingencyPlanConnection = Connection(ContingencyPlan);

@Resolver(() => ContingencyPlan)
export class ContingencyPlanResolver {
  @Authorized()
  @Query(() => ContingencyPlanConnection, { description: '应急预案列表（按编码排序，可按领域筛选）' })
  contingencyPlans(
    @Ctx() ctx: SubgraphContext,
    @Arg('field', () => String, { nullable: true, description: '领域（如 食品安全）' }) field?: string,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    return paginate(ctx.em, ContingencyPlan, {
      where: { dataStatus: DataStatus.normal, ...(field ? { field } : {}) },
      sortField: 'code',
      first: page?.first,
      after: page?.after,
    }).then((p) => new ContingencyPlanConnection(p));
  }
}
