import { Arg, Authorized, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  assertVersion, Connection, flushChecked, HubError, HubUser, notFound, PageArgs, SortDirection, SubgraphContext, PUBLIC_TAG } from '@hub/runtime';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { publishDeadline } from '../rules/workingDays';
import { canonicalWan } from '../rules/wanAmount';
import { PenaltyPublicityInput, UpdatePenaltyPublicityInput } from './PenaltyPublicityInput';
import { PenaltyPublicityFilter, PenaltyPublicityOrder, PenaltyPublicitySortField } from './PenaltyPublicityFilter';
import { penaltyPublicityById } from './creditLoaders';
import { penaltyPublicityWhere } from './creditWhere';
import { paginateVisible } from './visiblePage';
import { assertMayPublish, penaltyVisibility, sourceDeptOf } from '../policy';

const PenaltyPublicityConnection = Connection(PenaltyPublicity);

@Resolver(() => PenaltyPublicity)
export class PenaltyPublicityResolver {
  @Directive(PUBLIC_TAG)
  @Query(() => PenaltyPublicity, { nullable: true, description: '按 id 查询双公示·行政处罚信息（公众仅可查公示期内的）' })
  penaltyPublicity(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return penaltyPublicityById(ctx).load(id);
  }

  @Directive(PUBLIC_TAG)
  @Query(() => PenaltyPublicityConnection, { description: '双公示·行政处罚列表（默认按处罚决定日期从新到旧；公众仅见公示期内的，工作人员仅见本部门的）' })
  async penaltyPublicities(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => PenaltyPublicityFilter, { nullable: true }) filter?: PenaltyPublicityFilter,
    @Arg('orderBy', () => PenaltyPublicityOrder, { nullable: true }) orderBy?: PenaltyPublicityOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const result = await paginateVisible(ctx.em, PenaltyPublicity, {
      where: penaltyPublicityWhere(filter),
      sortField: orderBy?.field ?? PenaltyPublicitySortField.decisionDate,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }, penaltyVisibility(ctx.user));
    return new PenaltyPublicityConnection(result);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => PenaltyPublicity, { description: '新建双公示·行政处罚信息（本部门、本辖区机关作出的决定）' })
  async createPenaltyPublicity(@Arg('input', () => PenaltyPublicityInput) input: PenaltyPublicityInput, @Ctx() ctx: SubgraphContext) {
    assertMayPublish(ctx.user, input.authorityUscc);
    const record = ctx.em.create(PenaltyPublicity, toEntityData(input, ctx.user));
    await flushUnique(ctx, input);
    return record;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => PenaltyPublicity, { description: '修改双公示·行政处罚信息（乐观锁：expectedVersion 须为当前版本）' })
  async updatePenaltyPublicity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePenaltyPublicityInput) input: UpdatePenaltyPublicityInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const record = await ctx.em.findOne(PenaltyPublicity, { id });
    if (!record) throw notFound('双公示·行政处罚信息', id, 'id');
    assertMayPublish(ctx.user, record.authorityUscc, 'id');
    assertMayPublish(ctx.user, input.authorityUscc);
    assertVersion(record, input.expectedVersion);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(record, toEntityData(data as PenaltyPublicityInput, ctx.user));
    await flushUnique(ctx, input);
    return record;
  }
}

const flushUnique = (ctx: SubgraphContext, input: PenaltyPublicityInput) =>
  flushChecked(ctx.em, new HubError('DUPLICATE_DECISION_NO', `处罚机关已公示过决定书文号 ${input.decisionNo}`, 'decisionNo'));

const upper = (s: string | null | undefined) => (s ? s.trim().toUpperCase() : null);

function toEntityData(input: PenaltyPublicityInput, user: HubUser) {
  return {
    ...input,
    sourceDept: sourceDeptOf(user, input.sourceDept),
    uscc: upper(input.uscc),
    authorityUscc: upper(input.authorityUscc)!,
    dataSourceUscc: upper(input.dataSourceUscc)!,
    decisionNo: input.decisionNo.trim(),
    fineWan: canonicalWan(input.fineWan),
    confiscatedWan: canonicalWan(input.confiscatedWan),
    publishDeadline: publishDeadline(input.decisionDate),
  };
}
