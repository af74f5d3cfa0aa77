import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  assertVersion, Connection, DataStatus, flushChecked, HubError, HubUser, PageArgs, paginate, SortDirection, SubgraphContext, regionPrefix,
} from '@hub/runtime';
import { Enforcer } from '../entities/Enforcer';
import { hashIdNo, maskIdNo } from '../rules/mask';
import { CreateEnforcerInput, EnforcerFields, UpdateEnforcerInput } from './EnforcerInput';
import { EnforcerFilter, EnforcerOrder, EnforcerSortField } from './EnforcerFilter';
import { enforcerByCertNo, enforcerById } from './enforcerLoaders';
import { assertWritable, emptyPage, scopedWhere, sourceDeptOf, visible, writableRecord } from '../access';

const EnforcerConnection = Connection(Enforcer);

@Resolver(() => Enforcer)
export class EnforcerResolver {
  @Query(() => Enforcer, { nullable: true, description: '按 id 查询执法人员' })
  async enforcer(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Enforcer', await enforcerById(ctx).load(id));
  }

  @Query(() => Enforcer, { nullable: true, description: '按执法证号查询执法人员' })
  async enforcerByCertNo(@Arg('certNo') certNo: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Enforcer', await enforcerByCertNo(ctx).load(certNo.trim()));
  }

  @Query(() => EnforcerConnection, { description: '执法人员列表（筛选、排序、游标分页）' })
  enforcers(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => EnforcerFilter, { nullable: true }) filter?: EnforcerFilter,
    @Arg('orderBy', () => EnforcerOrder, { nullable: true }) orderBy?: EnforcerOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const where = enforcerWhere(ctx.user, filter);
    if (!where) return new EnforcerConnection(emptyPage());
    return paginate(ctx.em, Enforcer, {
      where,
      sortField: orderBy?.field ?? EnforcerSortField.createdAt,
      direction: orderBy?.direction ?? SortDirection.ASC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new EnforcerConnection(p));
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Enforcer, { description: '新建执法人员（所属执法主体须为本部门机构，区划须在本人管辖区域内）' })
  async createEnforcer(@Arg('input', () => CreateEnforcerInput) input: CreateEnforcerInput, @Ctx() ctx: SubgraphContext) {
    assertWritable(ctx.user, 'Enforcer', input);
    const { idNo, ...fields } = input;
    const enforcer = ctx.em.create(Enforcer, { ...toEntityData(fields), ...idNoData(idNo), ...sourceDeptOf(ctx.user) });
    await flushUnique(ctx, enforcer.certNo);
    return enforcer;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Enforcer, { description: '修改执法人员（乐观锁：expectedVersion 须为当前版本）' })
  async updateEnforcer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEnforcerInput) input: UpdateEnforcerInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const enforcer = writableRecord(ctx.user, 'Enforcer', await ctx.em.findOne(Enforcer, { id }), '执法人员', id);
    assertWritable(ctx.user, 'Enforcer', input);
    assertVersion(enforcer, input.expectedVersion);
    const { expectedVersion: _v, idNo, ...fields } = input;
    ctx.em.assign(enforcer, { ...toEntityData(fields), ...(idNo ? idNoData(idNo) : {}), ...sourceDeptOf(ctx.user) });
    await flushUnique(ctx, enforcer.certNo);
    return enforcer;
  }
}

const flushUnique = (ctx: SubgraphContext, certNo: string) =>
  flushChecked(ctx.em, new HubError('DUPLICATE_CERT_NO', `执法证号 ${certNo} 已登记为其他执法人员`, 'certNo'));

const idNoData = (idNo: string) => ({ idNoHash: hashIdNo(idNo), idNoMasked: maskIdNo(idNo) });

function toEntityData(input: Omit<EnforcerFields, 'checkRules'>) {
  return {
    ...input,
    certNo: input.certNo.trim(),
    fields: [...new Set(input.fields.map((f) => f.trim()))],
    conflicts: (input.conflicts ?? []).map((c) => ({ subjectId: c.subjectId, reason: c.reason, until: c.until ?? null })),
  };
}

/** The filter's conditions within the reader's scope; null when the reader may see no enforcer. */
function enforcerWhere(user: HubUser, filter: EnforcerFilter | undefined): FilterQuery<Enforcer> | null {
  const and: FilterQuery<Enforcer>[] = [{ dataStatus: DataStatus.normal }];
  if (filter?.orgUscc) and.push({ orgUscc: filter.orgUscc.trim().toUpperCase() });
  if (filter?.field) and.push({ fields: { $contains: [filter.field] } });
  if (filter?.adCodePrefix) and.push({ adCode: { $like: `${regionPrefix(filter.adCodePrefix)}%` } });
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  if (filter?.validOn) and.push({ certValidFrom: { $lte: filter.validOn }, certValidTo: { $gte: filter.validOn } });
  if (filter?.idNo) and.push({ idNoHash: hashIdNo(filter.idNo) });
  return scopedWhere(user, 'Enforcer', and);
}
