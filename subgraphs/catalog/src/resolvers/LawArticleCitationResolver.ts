import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { HubError, MAX_PAGE_SIZE, PUBLIC_TAG, SubgraphContext } from '@hub/runtime';
import { LawArticle } from '../entities/LawArticle';
import { RegItem } from '../entities/RegItem';
import { itemsCitingArticle } from './catalogLoaders';

/**
 * What the catalogue adds to knowledge's LawArticle: the items that cite it (issue 5 §5, "LawArticle.citedBy"
 * together with enforcement's `citedByPenalties`). The gateway sends `{ __typename, id }` representations;
 * the catalogue needs nothing else of the article.
 */
@Resolver(() => LawArticle)
export class LawArticleCitationResolver {
  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [RegItem], {
    description: '引用本条作为设定依据的监管事项（当前版本，其子项的设定依据引用本条；按事项编码排序的前 first 个）。'
      + '与执法库提供的 citedByPenalties（引用本条作为处罚依据的行政处罚）一起构成本条的被引用情况（citedBy）',
  })
  citedByItems(
    @Root() article: LawArticle,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 100, description: `最多返回的事项数（0到${MAX_PAGE_SIZE}）` }) first: number,
  ): Promise<RegItem[]> | RegItem[] {
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_PAGE_SIZE}之间`, 'first');
    return first === 0 ? [] : itemsCitingArticle(ctx, first).load(article.id);
  }
}
