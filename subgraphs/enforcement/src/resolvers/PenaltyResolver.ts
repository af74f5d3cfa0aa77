import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { resolveCitations } from '@hub/city';
import {
  assertVersion, Connection, DataStatus, flushChecked, HubError, HubUser, PageArgs, paginate, Problems, RevealArgs, SortDirection, SubgraphContext,
} from '@hub/runtime';
import { Penalty } from '../entities/Penalty';
import { Inspection } from '../entities/Inspection';
import { LawArticle, Subject } from '../stubs/ForeignEntities';
import { checkAgainstInspection } from '../rules/penaltyRules';
import { PenaltyInput, UpdatePenaltyInput } from './PenaltyInput';
import { PenaltyFilter, PenaltyOrder, PenaltySortField } from './PenaltyFilter';
import { inspectionById, penaltyById } from './behaviourLoaders';
import { partyOf, requireInspection } from './inspectionRef';
import { PARTY_CERT_NO_DESCRIPTION, partyCertNoOf } from './personal';
import { emptyPage, scopedWhere, sourceDeptOf, visible, writableRecord } from '../access';

const PenaltyConnection = Connection(Penalty);

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Query(() => Penalty, { nullable: true, description: '按 id 查询行政处罚' })
  async penalty(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Penalty', await penaltyById(ctx).load(id));
  }

  @Query(() => Penalty, { nullable: true, description: '按处罚决定书文号查询行政处罚' })
  async penaltyByDecisionNo(@Arg('decisionNo') decisionNo: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Penalty', await ctx.em.findOne(Penalty, { decisionNo: decisionNo.trim() }));
  }

  @Query(() => PenaltyConnection, { description: '行政处罚列表（筛选、排序、游标分页）' })
  penalties(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => PenaltyFilter, { nullable: true }) filter?: PenaltyFilter,
    @Arg('orderBy', () => PenaltyOrder, { nullable: true }) orderBy?: PenaltyOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const where = penaltyWhere(ctx.user, filter);
    if (!where) return new PenaltyConnection(emptyPage());
    return paginate(ctx.em, Penalty, {
      where,
      sortField: orderBy?.field ?? PenaltySortField.decisionDate,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new PenaltyConnection(p));
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Penalty, { description: '新建行政处罚（须引用本人可登记的行政检查）' })
  async createPenalty(@Arg('input', () => PenaltyInput) input: PenaltyInput, @Ctx() ctx: SubgraphContext) {
    const inspection = await checkedInspection(ctx, input);
    const penalty = ctx.em.create(Penalty, { ...toEntityData(input, inspection), ...sourceDeptOf(ctx.user) });
    await flushUnique(ctx, input);
    return penalty;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Penalty, { description: '修改行政处罚（乐观锁：expectedVersion 须为当前版本）' })
  async updatePenalty(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePenaltyInput) input: UpdatePenaltyInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const penalty = writableRecord(ctx.user, 'Penalty', await ctx.em.findOne(Penalty, { id }), '行政处罚', id);
    assertVersion(penalty, input.expectedVersion);
    const inspection = await checkedInspection(ctx, input);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(penalty, { ...toEntityData(data as PenaltyInput, inspection), ...sourceDeptOf(ctx.user) });
    await flushUnique(ctx, input);
    return penalty;
  }

  @FieldResolver(() => String, { description: PARTY_CERT_NO_DESCRIPTION })
  partyCertNo(@Root() penalty: Penalty, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs) {
    return partyCertNoOf(ctx, 'Penalty', penalty, reveal);
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '所依据的行政检查（本人无权查看时为空）' })
  async inspection(@Root() penalty: Penalty, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Inspection', await inspectionById(ctx).load(penalty.inspectionId));
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
  const inspection = await requireInspection(ctx, input.inspectionId, { write: true });
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
    basisArticleIds: basisArticleIdsOf(input),
    penaltyTypes: [...new Set(input.penaltyTypes)].sort(),
    legalReview: input.legalReview ?? null,
    collective: input.collective ?? null,
    licenceRevoked: input.licenceRevoked ?? null,
    closing: input.closing ?? null,
    reportedAt: input.reportedAt ?? new Date(),
  };
}

/**
 * The cited articles: the ids given, or, when none are given, those of the references in the 处罚依据 text
 * (`《食品安全法》第一百二十四条第一款` …) that name an article of a current law; the others stay in the text only.
 */
function basisArticleIdsOf(input: PenaltyInput): string[] {
  if (input.basisArticleIds?.length) return [...new Set(input.basisArticleIds)];
  return resolveCitations(input.basis).articleIds;
}

/** The filter's conditions within the reader's scope; null when the reader may see no penalty. */
function penaltyWhere(user: HubUser, filter: PenaltyFilter | undefined): FilterQuery<Penalty> | null {
  const and: FilterQuery<Penalty>[] = [{ dataStatus: DataStatus.normal }];
  if (filter?.subjectId) and.push({ subjectId: filter.subjectId });
  if (filter?.orgCode) and.push({ orgCode: filter.orgCode });
  if (filter?.decisionDateFrom) and.push({ decisionDate: { $gte: filter.decisionDateFrom } });
  if (filter?.decisionDateTo) and.push({ decisionDate: { $lte: filter.decisionDateTo } });
  if (filter?.penaltyType) and.push({ penaltyTypes: { $contains: [filter.penaltyType] } });
  return scopedWhere(user, 'Penalty', and);
}
