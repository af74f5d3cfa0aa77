import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { Connection, DataStatus, PageArgs, paginate, SortDirection, SubgraphContext } from '@hub/runtime';
import { OtherAction } from '../entities/OtherAction';
import { Inspection } from '../entities/Inspection';
import { OtherActionInput } from './OtherActionInput';
import { ActionListFilter } from './ActionListFilter';
import { inspectionById, otherActionById } from './behaviourLoaders';
import { requireInspection } from './inspectionRef';

const OtherActionConnection = Connection(OtherAction);

@Resolver(() => OtherAction)
export class OtherActionResolver {
  @Query(() => OtherAction, { nullable: true, description: '按 id 查询其他监管行为' })
  otherAction(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return otherActionById(ctx).load(id);
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
    return paginate(ctx.em, OtherAction, { where: { $and: and }, sortField: 'start', direction: SortDirection.DESC, first: page?.first, after: page?.after })
      .then((p) => new OtherActionConnection(p));
  }

  @Mutation(() => OtherAction, { description: '新建其他监管行为' })
  async createOtherAction(@Arg('input', () => OtherActionInput) input: OtherActionInput, @Ctx() ctx: SubgraphContext) {
    if (input.inspectionId) await requireInspection(ctx, input.inspectionId);
    const action = ctx.em.create(OtherAction, {
      ...input, partyCertNo: input.partyCertNo.trim().toUpperCase(), inspectionId: input.inspectionId ?? null, subjectId: input.subjectId ?? null, reportedAt: input.reportedAt ?? new Date(),
    });
    await ctx.em.flush();
    return action;
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '引起本行为的行政检查' })
  inspection(@Root() action: OtherAction, @Ctx() ctx: SubgraphContext) {
    return action.inspectionId ? inspectionById(ctx).load(action.inspectionId) : null;
  }
}
