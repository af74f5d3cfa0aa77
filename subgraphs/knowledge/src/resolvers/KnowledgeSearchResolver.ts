import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { HubError, PUBLIC_TAG, SubgraphContext } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { LegalCase } from '../entities/LegalCase';
import { searchKnowledge } from '../search/knowledgeSearch';
import { searchBackendFor } from '../search/searchBackend';
import { MAX_PAGE } from '../search/analyzeQuery';
import { KnowledgeHit, KnowledgeKind, KnowledgeSearchFilter, KnowledgeSearchResult } from './KnowledgeSearchTypes';
import { articleById, lawById, legalCaseById } from './knowledgeLoaders';

/** 知识检索 (issue 5): laws, articles, cases and penalty decisions by words, phrases and article references. */
@Resolver(() => KnowledgeHit)
export class KnowledgeSearchResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => KnowledgeSearchResult, {
    description: '知识检索：中文分词全文检索法律法规、法条、案例与处罚决定书。引号内为精确短语；如“食品安全法第一百二十四条”“《行政处罚法》第32条”直接定位该条并排在首位；命中词以 <em> 标出',
  })
  async searchKnowledge(
    @Arg('query', { description: '检索内容（超过 200 字时截取前 200 字）' }) query: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => KnowledgeSearchFilter, { nullable: true }) filter?: KnowledgeSearchFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: `每页条数（1–${MAX_PAGE}）` }) first = 10,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor' }) after?: string | null,
  ): Promise<KnowledgeSearchResult> {
    if (filter?.effectiveFrom && filter.effectiveTo && filter.effectiveFrom > filter.effectiveTo) {
      throw new HubError('INVALID_DATE_RANGE', '施行日期起不能晚于止', 'filter.effectiveFrom');
    }
    const view = await searchKnowledge(ctx, searchBackendFor(ctx.em), { query, filter, first, after });
    return {
      totalCount: view.totalCount,
      hits: view.hits.map((h) => ({ ...h, kind: h.kind as KnowledgeKind })),
      facets: view.facets,
      pageInfo: { hasNextPage: view.hasNextPage, endCursor: view.endCursor },
      backend: view.backend,
    };
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => Law, { nullable: true, description: '法律法规（命中为法律或法条时）' })
  async law(@Root() hit: KnowledgeHit, @Ctx() ctx: SubgraphContext): Promise<Law | null> {
    if (hit.kind === KnowledgeKind.law) return lawById(ctx).load(hit.id);
    if (hit.kind !== KnowledgeKind.article) return null;
    const article = await articleById(ctx).load(hit.id);
    return article ? lawById(ctx).load(article.lawId) : null;
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => LawArticle, { nullable: true, description: '法条（命中为法条时）' })
  article(@Root() hit: KnowledgeHit, @Ctx() ctx: SubgraphContext) {
    return hit.kind === KnowledgeKind.article ? articleById(ctx).load(hit.id) : null;
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => LegalCase, { nullable: true, description: '案例（命中为案例时）' })
  legalCase(@Root() hit: KnowledgeHit, @Ctx() ctx: SubgraphContext) {
    return hit.kind === KnowledgeKind.case ? legalCaseById(ctx).load(hit.id) : null;
  }
}
