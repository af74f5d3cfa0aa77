import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Connection, DEFAULT_PAGE_SIZE, HubError, MAX_PAGE_SIZE, SubgraphContext } from '@hub/runtime';
import { Penalty } from '../entities/Penalty';
import { LawArticle } from '../stubs/ForeignEntities';
import { emptyPage } from '../access';
import { citedAfter, penaltiesCitingArticle } from './citationLoaders';

const PenaltyConnection = Connection(Penalty);

/**
 * What the enforcement library adds to knowledge's LawArticle: the penalties citing it as 处罚依据 (issue 5
 * §5, "LawArticle.citedBy" together with the catalogue's `citedByItems`). Not public: penalties are published
 * only through the credit library's 双公示; each reader sees the penalties of their scope, as in `penalties`.
 */
@Resolver(() => LawArticle)
export class LawArticleCitationResolver {
  @FieldResolver(() => PenaltyConnection, {
    description: '引用本条作为处罚依据的行政处罚（本人可查看的，按决定日期从新到旧，游标分页）。'
      + '与目录库提供的 citedByItems（引用本条作为设定依据的监管事项）一起构成本条的被引用情况（citedBy）',
  })
  async citedByPenalties(
    @Root() article: LawArticle,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `每页条数（0到${MAX_PAGE_SIZE}）` }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: '从该游标之后开始' }) after?: string | null,
  ) {
    const limit = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_PAGE_SIZE}之间`, 'first');
    const page = penaltiesCitingArticle(ctx, article.id, limit, citedAfter(after));
    return new PenaltyConnection(page ? await page : emptyPage());
  }
}
