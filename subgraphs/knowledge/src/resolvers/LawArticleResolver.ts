import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SubgraphContext, PUBLIC_TAG } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { normalizeArticleNumber } from '../citation/citation';
import { findCurrentLaws } from './LawResolver';
import { articleById, lawById } from './knowledgeLoaders';
import { publicView } from '../policy';

/** The current article `numberText` of the law named `law` (title or short title, with or without 《》). */
export async function articleByCitation(ctx: SubgraphContext, law: string, numberText: string): Promise<LawArticle | null> {
  const laws = await findCurrentLaws(ctx, law);
  if (!laws.length) return null;
  // Several laws only for a code split into files (民法典): the article number picks the file.
  const found = await ctx.em.find(LawArticle, publicView<LawArticle>(ctx.user, { lawId: { $in: laws.map((l) => l.id) }, numberText }));
  return laws.map((l) => found.find((a) => a.lawId === l.id)).find(Boolean) ?? null;
}

@Resolver(() => LawArticle)
export class LawArticleResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => LawArticle, { nullable: true, description: '按 id 查询法条' })
  lawArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return articleById(ctx).load(id);
  }

  @Directive(PUBLIC_TAG)
  @Query(() => LawArticle, { nullable: true, description: '按引用查询现行法条，如 law: "《食品安全法》", article: "第一百二十四条" 或 "第124条"' })
  lawArticleByCitation(@Arg('law') law: string, @Arg('article') article: string, @Ctx() ctx: SubgraphContext) {
    return articleByCitation(ctx, law, normalizeArticleNumber(article, 'article'));
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => Law, { description: '所属法律法规' })
  law(@Root() article: LawArticle, @Ctx() ctx: SubgraphContext) {
    return lawById(ctx).load(article.lawId);
  }
}
