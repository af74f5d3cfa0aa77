import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  Connection, DataStatus, DEFAULT_PAGE_SIZE, HubError, PageArgs, paginate, SortDirection, SubgraphContext, escapeLike, PUBLIC_TAG } from '@hub/runtime';
import { Law } from '../entities/Law';
import { LawArticle } from '../entities/LawArticle';
import { lawTitleCandidates } from '../citation/citation';
import { LawFilter, LawOrder, LawSortField } from './LawFilter';
import { lawById } from './knowledgeLoaders';
import { articlesPage } from './lawArticlePages';

const LawConnection = Connection(Law);
const LawArticleConnection = Connection(LawArticle);

@Resolver(() => Law)
export class LawResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => Law, { nullable: true, description: '按 id 查询法律法规' })
  law(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return lawById(ctx).load(id);
  }

  @Directive(PUBLIC_TAG)
  @Query(() => Law, { nullable: true, description: '按标题或简称查询现行版本（如 行政处罚法、《中华人民共和国行政处罚法》）' })
  lawByTitle(@Arg('title') title: string, @Ctx() ctx: SubgraphContext) {
    return findCurrentLaws(ctx, title).then((laws) => laws[0] ?? null);
  }

  @Directive(PUBLIC_TAG)
  @Query(() => LawConnection, { description: '法律法规列表（筛选、排序、游标分页）' })
  laws(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => LawFilter, { nullable: true }) filter?: LawFilter,
    @Arg('orderBy', () => LawOrder, { nullable: true }) orderBy?: LawOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    return paginate(ctx.em, Law, {
      where: lawWhere(filter),
      sortField: orderBy?.field ?? LawSortField.effectiveDate,
      direction: orderBy?.direction ?? (orderBy ? SortDirection.ASC : SortDirection.DESC),
      first: page?.first,
      after: page?.after,
    }).then((p) => new LawConnection(p));
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => LawArticleConnection, { description: '条文（按顺序分页）' })
  articles(@Root() law: Law, @Ctx() ctx: SubgraphContext, @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs) {
    return articlesPage(ctx, law.id, page?.first ?? DEFAULT_PAGE_SIZE, page?.after).then((p) => new LawArticleConnection(p));
  }
}

/**
 * Current laws whose title or short title is `title` (with or without 中华人民共和国 and 《》). The 民法典
 * is several files of one title, so the caller gets all of them, latest first.
 */
export function findCurrentLaws(ctx: SubgraphContext, title: string): Promise<Law[]> {
  const candidates = lawTitleCandidates(title);
  return ctx.em.find(
    Law,
    { status: '现行', dataStatus: DataStatus.normal, $or: [{ title: { $in: candidates } }, { shortTitle: { $in: candidates } }] },
    { orderBy: [{ effectiveDate: 'desc' }, { fileId: 'asc' }] },
  );
}

function lawWhere(filter: LawFilter | undefined): FilterQuery<Law> {
  const and: FilterQuery<Law>[] = [{ dataStatus: DataStatus.normal }];
  if (filter?.levels?.length) and.push({ level: { $in: filter.levels as Law['level'][] } });
  if (filter?.status) and.push({ status: filter.status as Law['status'] });
  if (filter?.issuer) and.push({ issuer: filter.issuer });
  if (filter?.titlePrefix) and.push({ title: { $like: `${escapeLike(filter.titlePrefix)}%` } });
  if (filter?.effectiveFrom && filter.effectiveTo && filter.effectiveFrom > filter.effectiveTo) {
    throw new HubError('INVALID_DATE_RANGE', '施行日期起不能晚于止', 'effectiveFrom');
  }
  if (filter?.effectiveFrom) and.push({ effectiveDate: { $gte: filter.effectiveFrom } });
  if (filter?.effectiveTo) and.push({ effectiveDate: { $lte: filter.effectiveTo } });
  return { $and: and };
}

