import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { Connection, LocalDateScalar, PageArgs, paginate, SortDirection, SubgraphContext, regionPrefix, PUBLIC_TAG } from '@hub/runtime';
import { CheckContent } from '../entities/CheckContent';
import { CheckImplList } from '../entities/CheckImplList';
import { RegItem } from '../entities/RegItem';
import { createImplList, reviseImplList } from '../versioning/implListVersions';
import { inForceOn } from '../versioning/versionRules';
import { contentsOfVersion, currentItemByCode, currentListByCode } from './catalogLoaders';
import { CheckImplListInput, CreateCheckImplListInput } from './CheckImplListInput';
import { CheckImplListFilter, CheckImplListOrder, CheckImplListSortField } from './CheckImplListFilter';
import { assertMayWriteList, sourceDeptOf, visible } from '../policy';

const CheckImplListConnection = Connection(CheckImplList);

@Resolver(() => CheckImplList)
export class CheckImplListResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => CheckImplList, { nullable: true, description: '按编码查询检查实施清单：默认当前版本，给出 asOf 则取该日有效的版本（公众仅可查当前版本）' })
  checkImplList(
    @Arg('code') code: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string,
  ) {
    if (!asOf) return currentListByCode(ctx).load(code);
    return ctx.em.findOne(CheckImplList, visible(ctx.user, 'CheckImplList', { code, ...inForceOn(asOf) }), { orderBy: { versionNo: 'desc' } });
  }

  @Directive(PUBLIC_TAG)
  @Query(() => [CheckImplList], { description: '检查实施清单的全部版本（从第1版起；公众仅见当前版本）' })
  checkImplListHistory(@Arg('code') code: string, @Ctx() ctx: SubgraphContext) {
    return ctx.em.find(CheckImplList, visible(ctx.user, 'CheckImplList', { code }), { orderBy: { versionNo: 'asc' } });
  }

  @Directive(PUBLIC_TAG)
  @Query(() => CheckImplListConnection, { description: '检查实施清单列表（当前版本；筛选、排序、游标分页）' })
  async checkImplLists(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => CheckImplListFilter, { nullable: true }) filter?: CheckImplListFilter,
    @Arg('orderBy', () => CheckImplListOrder, { nullable: true }) orderBy?: CheckImplListOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const result = await paginate(ctx.em, CheckImplList, {
      where: visible(ctx.user, 'CheckImplList', listWhere(filter)),
      sortField: orderBy?.field ?? CheckImplListSortField.code,
      direction: orderBy?.direction ?? SortDirection.ASC,
      first: page?.first,
      after: page?.after,
    });
    return new CheckImplListConnection(result);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => CheckImplList, { description: '新建检查实施清单（第1版；实施机构须为本部门、本辖区的机构）' })
  createCheckImplList(@Arg('input', () => CreateCheckImplListInput) input: CreateCheckImplListInput, @Ctx() ctx: SubgraphContext) {
    assertMayWriteList(ctx.user, input);
    input.sourceDept = sourceDeptOf(ctx.user, input.sourceDept);
    return createImplList(ctx.em, input);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => CheckImplList, { description: '修改检查实施清单：形成新版本，旧版本保留在历史中（expectedVersion 为读取时的 versionNo；仅限本部门、本辖区的清单）' })
  updateCheckImplList(
    @Arg('code') code: string,
    @Arg('input', () => CheckImplListInput) input: CheckImplListInput,
    @Arg('expectedVersion', () => Int, { description: '读取时的版本序号 versionNo' }) expectedVersion: number,
    @Ctx() ctx: SubgraphContext,
    @Arg('effectiveFrom', () => LocalDateScalar, { nullable: true, description: '新版本生效日期（默认今天）' }) effectiveFrom?: string,
  ) {
    assertMayWriteList(ctx.user, input);
    input.sourceDept = sourceDeptOf(ctx.user, input.sourceDept);
    return reviseImplList(ctx.em, code, input, expectedVersion, effectiveFrom, (current) => assertMayWriteList(ctx.user, current, 'code'));
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => [CheckContent], { description: '本版本的检查内容' })
  contents(@Root() list: CheckImplList, @Ctx() ctx: SubgraphContext) {
    return contentsOfVersion(ctx).load(list.id);
  }

  @Directive(PUBLIC_TAG)
  @FieldResolver(() => RegItem, { nullable: true, description: '所属监管事项（当前版本）' })
  item(@Root() list: CheckImplList, @Ctx() ctx: SubgraphContext) {
    return currentItemByCode(ctx).load(list.itemCode);
  }
}

function listWhere(filter: CheckImplListFilter | undefined): FilterQuery<CheckImplList> {
  const and: FilterQuery<CheckImplList>[] = [{ isCurrent: true }];
  if (filter?.itemCode) and.push({ itemCode: filter.itemCode });
  if (filter?.orgUscc) and.push({ orgUscc: filter.orgUscc.trim().toUpperCase() });
  if (filter?.adCodePrefix) and.push({ adCode: { $like: `${regionPrefix(filter.adCodePrefix)}%` } });
  if (filter?.execLevel !== undefined && filter.execLevel !== null) and.push({ execLevel: filter.execLevel });
  if (filter?.isRandomItem !== undefined && filter.isRandomItem !== null) and.push({ isRandomItem: filter.isRandomItem });
  return { $and: and };
}
