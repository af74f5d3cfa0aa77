import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  assertVersion, Connection, DataStatus, flushChecked, HubError, notFound, PageArgs, paginate, Problems, SortDirection, SubgraphContext,
} from '@hub/runtime';
import { Penalty } from '../entities/Penalty';
import { Inspection } from '../entities/Inspection';
import { LawArticle, Subject } from '../stubs/ForeignEntities';
import { checkAgainstInspection } from '../rules/penaltyRules';
import { PenaltyInput, UpdatePenaltyInput } from './PenaltyInput';
import { PenaltyFilter, PenaltyOrder, PenaltySortField } from './PenaltyFilter';
import { inspectionById, penaltyById } from './behaviourLoaders';
import { partyOf, requireInspection } from './inspectionRef';

const PenaltyConnection = Connection(Penalty);

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Query(() => Penalty, { nullable: true, description: '按 id 查询行政处罚' })
  penalty(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return penaltyById(ctx).load(id);
  }

  @Query(() => Penalty, { nullable: true, description: '按处罚决定书文号查询行政处罚' })
  penaltyByDecisionNo(@Arg('decisionNo') decisionNo: string, @Ctx() ctx: SubgraphContext) {
    return ctx.em.findOne(Penalty, { decisionNo: decisionNo.trim() });
  }

  @Query(() => PenaltyConnection, { description: '行政处罚列表（筛选、排序、游标分页）' })
  penalties(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => PenaltyFilter, { nullable: true }) filter?: PenaltyFilter,
    @Arg('orderBy', () => PenaltyOrder, { nullable: true }) orderBy?: PenaltyOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    return paginate(ctx.em, Penalty, {
      where: penaltyWhere(filter),
      sortField: orderBy?.field ?? PenaltySortField.decisionDate,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new PenaltyConnection(p));
  }

  @Mutation(() => Penalty, { description: '新建行政处罚（须引用已登记的行政检查）' })
  async createPenalty(@Arg('input', () => PenaltyInput) input: PenaltyInput, @Ctx() ctx: SubgraphContext) {
    const inspection = await checkedInspection(ctx, input);
    const penalty = ctx.em.create(Penalty, toEntityData(input, inspection));
    await flushUnique(ctx, input);
    return penalty;
  }

  @Mutation(() => Penalty, { description: '修改行政处罚（乐观锁：expectedVersion 须为当前版本）' })
  async updatePenalty(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePenaltyInput) input: UpdatePenaltyInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const penalty = await ctx.em.findOne(Penalty, { id });
    if (!penalty) throw notFound('行政处罚', id, 'id');
    assertVersion(penalty, input.expectedVersion);
    const inspection = await checkedInspection(ctx, input);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(penalty, toEntityData(data as PenaltyInput, inspection));
    await flushUnique(ctx, input);
    return penalty;
  }

  @FieldResolver(() => Inspection, { description: '所依据的行政检查' })
  inspection(@Root() penalty: Penalty, @Ctx() ctx: SubgraphContext) {
    return inspectionById(ctx).load(penalty.inspectionId);
  }

  @FieldResolver(() => [LawArticle], { nullable: true, description: '处罚依据条文（知识库）' })
  basisArticles(@Root() penalty: Penalty): LawArticle[] {
    return penalty.basisArticleIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Subject, { nullable: true, description: '监管对象（监管对象库）' })
  subject(@Root() penalty: Penalty): Subject | null {
    return penalty.subjectId ? { id: penalty.subjectId } : null;
  }
}

async function checkedInspection(ctx: SubgraphContext, input: PenaltyInput): Promise<Inspection> {
  const inspection = await requireInspection(ctx, input.inspectionId);
  const problems = new Problems();
  checkAgainstInspection(input, inspection, problems);
  problems.throwIfAny();
  return inspection;
}

const flushUnique = (ctx: SubgraphContext, input: PenaltyInput) =>
  flushChecked(ctx.em, new HubError('DUPLICATE_DECISION_NO', `处罚决定书文号 ${input.decisionNo} 已登记`, 'decisionNo'));

function toEntityData(input: PenaltyInput, inspection: Inspection) {
  return {
    ...input,
    ...partyOf(inspection),
    decisionNo: input.decisionNo.trim(),
    basisArticleIds: [...new Set(input.basisArticleIds ?? [])],
    penaltyTypes: [...new Set(input.penaltyTypes)].sort(),
    legalReview: input.legalReview ?? null,
    collective: input.collective ?? null,
    licenceRevoked: input.licenceRevoked ?? null,
    closing: input.closing ?? null,
    reportedAt: input.reportedAt ?? new Date(),
  };
}

function penaltyWhere(filter: PenaltyFilter | undefined): FilterQuery<Penalty> {
  const and: FilterQuery<Penalty>[] = [{ dataStatus: DataStatus.normal }];
  if (filter?.subjectId) and.push({ subjectId: filter.subjectId });
  if (filter?.orgCode) and.push({ orgCode: filter.orgCode });
  if (filter?.decisionDateFrom) and.push({ decisionDate: { $gte: filter.decisionDateFrom } });
  if (filter?.decisionDateTo) and.push({ decisionDate: { $lte: filter.decisionDateTo } });
  if (filter?.penaltyType) and.push({ penaltyTypes: { $contains: [filter.penaltyType] } });
  return { $and: and };
}
