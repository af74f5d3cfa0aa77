import { PUBLIC_TAG } from '@hub/runtime';
import { Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { LawArticle } from '../entities/LawArticle';
import { RegSubItem } from '../entities/RegSubItem';

@Resolver(() => RegSubItem)
export class RegSubItemResolver {
  /** Stubs only: the gateway fetches the articles from the knowledge library. */
  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [LawArticle], { nullable: true, description: '设定依据引用的法律条文' })
  basisArticles(@Root() subItem: RegSubItem): LawArticle[] {
    return subItem.basisArticleIds.map((id) => ({ id }));
  }
}
