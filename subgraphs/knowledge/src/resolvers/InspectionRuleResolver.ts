import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, DataStatus, PageArgs, paginate, SubgraphContext } from '@hub/runtime';
import { InspectionRule } from '../entities/InspectionRule';
import { LawArticle } from '../entities/LawArticle';
import { articleById } from './knowledgeLoaders';

const InspectionRuleConnection = Connection(InspectionRule);

@Resolver(() => InspectionRule)
export class InspectionRuleResolver {
  @Authorized()
  @Query(() => InspectionRuleConnection, { description: '检查规则/裁量基准列表（按编码排序）' })
  inspectionRules(@Ctx() ctx: SubgraphContext, @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs) {
    return paginate(ctx.em, InspectionRule, {
      where: { dataStatus: DataStatus.normal },
      sortField: 'code',
      first: page?.first,
      after: page?.after,
    }).then((p) => new InspectionRuleConnection(p));
  }

  @FieldResolver(() => [LawArticle], { description: '依据法条（尚未载入的法条不列出）' })
  async basisArticles(@Root() rule: InspectionRule, @Ctx() ctx: SubgraphContext) {
    const articles = await articleById(ctx).loadMany(rule.basisArticleIds);
    return articles.filter((a): a is LawArticle => a instanceof LawArticle);
  }
}
