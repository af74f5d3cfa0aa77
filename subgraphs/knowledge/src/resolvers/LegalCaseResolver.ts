import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { Connection, DataStatus, PageArgs, paginate, SubgraphContext, PUBLIC_TAG } from '@hub/runtime';
import { LegalCase } from '../entities/LegalCase';
import { legalCaseById } from './knowledgeLoaders';

const LegalCaseConnection = Connection(LegalCase);

@Resolver(() => LegalCase)
export class LegalCaseResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => LegalCase, { nullable: true, description: '按 id 查询案例' })
  legalCase(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return legalCaseById(ctx).load(id);
  }

  @Directive(PUBLIC_TAG)
  @Query(() => LegalCaseConnection, { description: '案例列表（按标题排序，可按类别筛选）' })
  legalCases(
    @Ctx() ctx: SubgraphContext,
    @Arg('category', () => String, { nullable: true }) category?: string,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    return paginate(ctx.em, LegalCase, {
      where: { dataStatus: DataStatus.normal, ...(category ? { category } : {}) },
      sortField: 'title',
      first: page?.first,
      after: page?.after,
    }).then((p) => new LegalCaseConnection(p));
  }
}
