import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { Connection, DataStatus, PageArgs, paginate, RevealArgs, SortDirection, SubgraphContext } from '@hub/runtime';
import { OtherAction } from '../entities/OtherAction';
import { Inspection } from '../entities/Inspection';
import { OtherActionInput } from './OtherActionInput';
import { ActionListFilter } from './ActionListFilter';
import { inspectionById, otherActionById } from './behaviourLoaders';
import { requireInspection } from './inspectionRef';
import { PARTY_CERT_NO_DESCRIPTION, partyCertNoOf } from './personal';
import { assertWritable, emptyPage, scopedWhere, sourceDeptOf, visible } from '../access';

const OtherActionConnection = Connection(OtherAction);

@Resolver(() => OtherAction)
export class OtherActionResolver {
  @Query(() => OtherAction, { nullable: true, description: '按 id 查询其他监管行为' })
  async otherAction(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'OtherAction', await otherActionById(ctx).load(id));
  }

  @Query(() => OtherActionConnection, { description: '其他监管行为列表（按开始日期从新到旧，游标分页）' })
  otherActions(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => ActionListFilter, { nullable: true }) filter?: ActionListFilter,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const and: FilterQuery<OtherAction>[] = [{ dataStatus: DataStatus.normal }];
    if (filter?.subjectId) and.push({ subjectId: filter.subjectId });
    if (filter?.inspectionId) and.push({ inspectionId: filter.inspectionId });
    if (filter?.orgCode) and.push({ orgCode: filter.orgCode });
    const where = scopedWhere(ctx.user, 'OtherAction', and);
    if (!where) return new OtherActionConnection(emptyPage());
    return paginate(ctx.em, OtherAction, { where, sortField: 'start', direction: SortDirection.DESC, first: page?.first, after: page?.after })
      .then((p) => new OtherActionConnection(p));
  }

  @Authorized('staff', 'leader')
  @Mutation(() => OtherAction, { description: '新建其他监管行为（实施机构须为本部门机构，区划须在本人管辖区域内）' })
  async createOtherAction(@Arg('input', () => OtherActionInput) input: OtherActionInput, @Ctx() ctx: SubgraphContext) {
    assertWritable(ctx.user, 'OtherAction', input);
    if (input.inspectionId) await requireInspection(ctx, input.inspectionId);
    const action = ctx.em.create(OtherAction, {
      ...input, partyCertNo: input.partyCertNo.trim().toUpperCase(), inspectionId: input.inspectionId ?? null, subjectId: input.subjectId ?? null,
      reportedAt: input.reportedAt ?? new Date(), ...sourceDeptOf(ctx.user),
    });
    await ctx.em.flush();
    return action;
  }

  @FieldResolver(() => String, { description: PARTY_CERT_NO_DESCRIPTION })
  partyCertNo(@Root() action: OtherAction, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs) {
    return partyCertNoOf(ctx, 'OtherAction', action, reveal);
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '引起本行为的行政检查（本人无权查看时为空）' })
  async inspection(@Root() action: OtherAction, @Ctx() ctx: SubgraphContext) {
    return action.inspectionId ? visible(ctx.user, 'Inspection', await inspectionById(ctx).load(action.inspectionId)) : null;
  }
}
