import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  Connection, HubError, LocalDateScalar, PageArgs, paginate, SortDirection, SubgraphContext, escapeLike, PUBLIC_TAG } from '@hub/runtime';
import { CheckImplList } from '../entities/CheckImplList';
import { LawArticle } from '../entities/LawArticle';
import { ItemClaim } from '../entities/ItemClaim';
import { RegItem } from '../entities/RegItem';
import { RegSubItem } from '../entities/RegSubItem';
import { ItemClaimStatus } from '../entities/catalogEnums';
import { createItem, reviseItem } from '../versioning/regItemVersions';
import { inForceOn } from '../versioning/versionRules';
import { claimsOfItem, currentItemByCode, implListsOfItem, subItemsOfVersion } from './catalogLoaders';
import { CreateRegItemInput, RegItemInput } from './RegItemInput';
import { RegItemFilter, RegItemOrder, RegItemSortField } from './RegItemFilter';
import { assertMayWriteItem, sourceDeptOf, visible } from '../policy';

const RegItemConnection = Connection(RegItem);
const NESTED_MAX = 100;

@Resolver(() => RegItem)
export class RegItemResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => RegItem, { nullable: true, description: '按编码查询监管事项：默认当前版本，给出 asOf 则取该日有效的版本（公众仅可查当前有效版本）' })
  regItem(
    @Arg('itemCode') itemCode: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string,
  ) {
    if (!asOf) return currentItemByCode(ctx).load(itemCode);
    return ctx.em.findOne(RegItem, visible(ctx.user, 'RegItem', { itemCode, ...inForceOn(asOf) }), { orderBy: { versionNo: 'desc' } });
  }

  @Directive(PUBLIC_TAG)
  @Query(() => [RegItem], { description: '监管事项的全部版本（从第1版起；公众仅见当前有效版本）' })
  regItemHistory(@Arg('itemCode') itemCode: string, @Ctx() ctx: SubgraphContext) {
    return ctx.em.find(RegItem, visible(ctx.user, 'RegItem', { itemCode }), { orderBy: { versionNo: 'asc' } });
  }

  @Directive(PUBLIC_TAG)
  @Query(() => RegItemConnection, { description: '监管事项列表（筛选、排序、游标分页；公众仅见当前有效版本）' })
  async regItems(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => RegItemFilter, { nullable: true }) filter?: RegItemFilter,
    @Arg('orderBy', () => RegItemOrder, { nullable: true }) orderBy?: RegItemOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const result = await paginate(ctx.em, RegItem, {
      where: visible(ctx.user, 'RegItem', itemWhere(ctx, filter)),
      sortField: orderBy?.field ?? RegItemSortField.itemCode,
      direction: orderBy?.direction ?? SortDirection.ASC,
      first: page?.first,
      after: page?.after,
    });
    return new RegItemConnection(result);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => RegItem, { description: '新建监管事项（第1版；仅限本部门的事项）' })
  createRegItem(@Arg('input', () => CreateRegItemInput) input: CreateRegItemInput, @Ctx() ctx: SubgraphContext) {
    assertMayWriteItem(ctx.user, input.deptCode);
    input.sourceDept = sourceDeptOf(ctx.user, input.sourceDept);
    return createItem(ctx.em, input);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => RegItem, { description: '修改监管事项：形成新版本，旧版本保留在历史中（expectedVersion 为读取时的 versionNo；仅限本部门的事项）' })
  updateRegItem(
    @Arg('itemCode') itemCode: string,
    @Arg('input', () => RegItemInput) input: RegItemInput,
    @Arg('expectedVersion', () => Int, { description: '读取时的版本序号 versionNo' }) expectedVersion: number,
    @Ctx() ctx: SubgraphContext,
    @Arg('effectiveFrom', () => LocalDateScalar, { nullable: true, description: '新版本生效日期（默认今天）' }) effectiveFrom?: string,
  ) {
    assertMayWriteItem(ctx.user, input.deptCode);
    input.sourceDept = sourceDeptOf(ctx.user, input.sourceDept);
    return reviseItem(ctx.em, itemCode, input, expectedVersion, effectiveFrom, (current) => assertMayWriteItem(ctx.user, current.deptCode, 'itemCode'));
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [RegSubItem], { description: '本版本的子项' })
  subItems(@Root() item: RegItem, @Ctx() ctx: SubgraphContext) {
    return subItemsOfVersion(ctx).load(item.id);
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [LawArticle], { description: '设定依据引用的法律条文：本版本各子项所引条文（去重，按子项顺序）' })
  async basisArticles(@Root() item: RegItem, @Ctx() ctx: SubgraphContext): Promise<LawArticle[]> {
    // The sub-items' loader (one query per request, shared with `subItems`): the caller's view of the sub-items.
    const subItems = await subItemsOfVersion(ctx).load(item.id);
    return [...new Set(subItems.flatMap((s) => s.basisArticleIds))].map((id) => ({ id }));
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [CheckImplList], { description: '该事项当前有效的检查实施清单（按编码排序的前 first 条）' })
  implLists(
    @Root() item: RegItem,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    if (first < 0 || first > NESTED_MAX) throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${NESTED_MAX}之间`, 'first');
    return first === 0 ? [] : implListsOfItem(ctx, first).load(item.itemCode);
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [ItemClaim], { description: '认领记录（默认仅有效认领；公众仅见有效认领）' })
  claims(
    @Root() item: RegItem,
    @Ctx() ctx: SubgraphContext,
    @Arg('includeWithdrawn', { defaultValue: false }) includeWithdrawn: boolean,
  ) {
    return claimsOfItem(ctx, includeWithdrawn).load(item.itemCode);
  }
}

function itemWhere(ctx: SubgraphContext, filter: RegItemFilter | undefined): FilterQuery<RegItem> {
  const and: FilterQuery<RegItem>[] = [filter?.effectiveOn ? inForceOn(filter.effectiveOn) : { isCurrent: true }];
  if (filter?.deptCode) and.push({ deptCode: filter.deptCode });
  if (filter?.category) and.push({ category: filter.category });
  if (filter?.status !== undefined && filter.status !== null) and.push({ status: filter.status });
  if (filter?.namePrefix) and.push({ name: { $like: `${escapeLike(filter.namePrefix)}%` } });
  if (filter?.claimedByDept) {
    const claimed = ctx.em.createQueryBuilder(ItemClaim, 'c').select('c.itemCode')
      .where({ deptCode: filter.claimedByDept, status: ItemClaimStatus.claimed });
    and.push({ itemCode: { $in: claimed.getKnexQuery() } } as unknown as FilterQuery<RegItem>);
  }
  return { $and: and };
}

