import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  assertVersion, Connection, DataStatus, flushChecked, HubError, notFound, PageArgs, paginate, SortDirection, SubgraphContext, regionPrefix,
} from '@hub/runtime';
import { Enforcer } from '../entities/Enforcer';
import { hashIdNo, maskIdNo } from '../rules/mask';
import { CreateEnforcerInput, EnforcerFields, UpdateEnforcerInput } from './EnforcerInput';
import { EnforcerFilter, EnforcerOrder, EnforcerSortField } from './EnforcerFilter';
import { enforcerByCertNo, enforcerById } from './enforcerLoaders';

const EnforcerConnection = Connection(Enforcer);

@Resolver(() => Enforcer)
export class EnforcerResolver {
  @Query(() => Enforcer, { nullable: true, description: '按 id 查询执法人员' })
  enforcer(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return enforcerById(ctx).load(id);
  }

  @Query(() => Enforcer, { nullable: true, description: '按执法证号查询执法人员' })
  enforcerByCertNo(@Arg('certNo') certNo: string, @Ctx() ctx: SubgraphContext) {
    return enforcerByCertNo(ctx).load(certNo.trim());
  }

  @Query(() => EnforcerConnection, { description: '执法人员列表（筛选、排序、游标分页）' })
  enforcers(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => EnforcerFilter, { nullable: true }) filter?: EnforcerFilter,
    @Arg('orderBy', () => EnforcerOrder, { nullable: true }) orderBy?: EnforcerOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    return paginate(ctx.em, Enforcer, {
      where: enforcerWhere(filter),
      sortField: orderBy?.field ?? EnforcerSortField.createdAt,
      direction: orderBy?.direction ?? SortDirection.ASC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new EnforcerConnection(p));
  }

  @Mutation(() => Enforcer, { description: '新建执法人员' })
  async createEnforcer(@Arg('input', () => CreateEnforcerInput) input: CreateEnforcerInput, @Ctx() ctx: SubgraphContext) {
    const { idNo, ...fields } = input;
    const enforcer = ctx.em.create(Enforcer, { ...toEntityData(fields), ...idNoData(idNo) });
    await flushUnique(ctx, enforcer.certNo);
    return enforcer;
  }

  @Mutation(() => Enforcer, { description: '修改执法人员（乐观锁：expectedVersion 须为当前版本）' })
  async updateEnforcer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEnforcerInput) input: UpdateEnforcerInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const enforcer = await ctx.em.findOne(Enforcer, { id });
    if (!enforcer) throw notFound('执法人员', id, 'id');
    assertVersion(enforcer, input.expectedVersion);
    const { expectedVersion: _v, idNo, ...fields } = input;
    ctx.em.assign(enforcer, { ...toEntityData(fields), ...(idNo ? idNoData(idNo) : {}) });
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

function enforcerWhere(filter: EnforcerFilter | undefined): FilterQuery<Enforcer> {
  const and: FilterQuery<Enforcer>[] = [{ dataStatus: DataStatus.normal }];
  if (filter?.orgUscc) and.push({ orgUscc: filter.orgUscc.trim().toUpperCase() });
  if (filter?.field) and.push({ fields: { $contains: [filter.field] } });
  if (filter?.adCodePrefix) and.push({ adCode: { $like: `${regionPrefix(filter.adCodePrefix)}%` } });
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  if (filter?.validOn) and.push({ certValidFrom: { $lte: filter.validOn }, certValidTo: { $gte: filter.validOn } });
  if (filter?.idNo) and.push({ idNoHash: hashIdNo(filter.idNo) });
  return { $and: and };
}
