import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  assertVersion, Connection, DataStatus, flushChecked, HubError, HubUser, PageArgs, paginate, Problems, RevealArgs, SortDirection, SubgraphContext, regionPrefix,
} from '@hub/runtime';
import { Enforcer } from '../entities/Enforcer';
import { Inspection } from '../entities/Inspection';
import { InspectionInspector } from '../entities/InspectionInspector';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { CheckImplList, RegItem, Subject } from '../stubs/ForeignEntities';
import { checkInspectors } from '../rules/inspectionRules';
import { InspectionInput, UpdateInspectionInput } from './InspectionInput';
import { InspectionFilter, InspectionOrder, InspectionSortField } from './InspectionFilter';
import { coercionsOfInspection, inspectionById, inspectorsOfInspection, penaltiesOfInspection } from './behaviourLoaders';
import { PARTY_CERT_NO_DESCRIPTION, partyCertNoOf } from './personal';
import { assertWritable, emptyPage, scopedWhere, sourceDeptOf, visible, writableRecord } from '../access';

const InspectionConnection = Connection(Inspection);

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true, description: '按 id 查询行政检查' })
  async inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Inspection', await inspectionById(ctx).load(id));
  }

  @Query(() => InspectionConnection, { description: '行政检查列表（筛选、排序、游标分页）' })
  inspections(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter,
    @Arg('orderBy', () => InspectionOrder, { nullable: true }) orderBy?: InspectionOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const where = inspectionWhere(ctx.user, filter);
    if (!where) return new InspectionConnection(emptyPage());
    return paginate(ctx.em, Inspection, {
      where,
      sortField: orderBy?.field ?? InspectionSortField.checkDate,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new InspectionConnection(p));
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Inspection, { description: '新建行政检查（实施机构须为本部门机构，区划须在本人管辖区域内）' })
  async createInspection(@Arg('input', () => InspectionInput) input: InspectionInput, @Ctx() ctx: SubgraphContext) {
    assertWritable(ctx.user, 'Inspection', input);
    const enforcers = await checkedInspectors(ctx, input);
    const inspection = ctx.em.create(Inspection, { ...toEntityData(input), ...sourceDeptOf(ctx.user) });
    createInspectors(ctx, inspection.id, input, enforcers);
    await flushUnique(ctx, input);
    return inspection;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Inspection, { description: '修改行政检查（检查人员整体替换；乐观锁：expectedVersion 须为当前版本）' })
  async updateInspection(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateInspectionInput) input: UpdateInspectionInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const inspection = writableRecord(ctx.user, 'Inspection', await ctx.em.findOne(Inspection, { id }), '行政检查', id);
    assertWritable(ctx.user, 'Inspection', input);
    assertVersion(inspection, input.expectedVersion);
    const enforcers = await checkedInspectors(ctx, input);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(inspection, { ...toEntityData(data as InspectionInput), ...sourceDeptOf(ctx.user) });
    ctx.em.remove(await ctx.em.find(InspectionInspector, { inspectionId: id }));
    createInspectors(ctx, id, input, enforcers);
    await flushUnique(ctx, input);
    return inspection;
  }

  @FieldResolver(() => String, { description: PARTY_CERT_NO_DESCRIPTION })
  partyCertNo(@Root() inspection: Inspection, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs) {
    return partyCertNoOf(ctx, 'Inspection', inspection, reveal);
  }

  @FieldResolver(() => [InspectionInspector], { description: '检查人员（按顺序）' })
  inspectors(@Root() inspection: Inspection, @Ctx() ctx: SubgraphContext) {
    return inspectorsOfInspection(ctx).load(inspection.id);
  }

  @FieldResolver(() => [Penalty], { description: '由本次检查引起的行政处罚（本人可查看的）' })
  penalties(@Root() inspection: Inspection, @Ctx() ctx: SubgraphContext) {
    return penaltiesOfInspection(ctx).load(inspection.id);
  }

  @FieldResolver(() => [Coercion], { description: '由本次检查引起的行政强制（本人可查看的）' })
  coercions(@Root() inspection: Inspection, @Ctx() ctx: SubgraphContext) {
    return coercionsOfInspection(ctx).load(inspection.id);
  }

  @FieldResolver(() => Subject, { nullable: true, description: '监管对象（监管对象库）' })
  subject(@Root() inspection: Inspection): Subject | null {
    return inspection.subjectId ? { id: inspection.subjectId } : null;
  }

  @FieldResolver(() => RegItem, { nullable: true, description: '监管事项（监管事项目录清单库）' })
  item(@Root() inspection: Inspection): RegItem {
    return { itemCode: inspection.itemCode };
  }

  @FieldResolver(() => CheckImplList, { nullable: true, description: '检查实施清单（监管事项目录清单库）' })
  implList(@Root() inspection: Inspection): CheckImplList {
    return { code: inspection.implListCode };
  }
}

/** The inspectors' enforcer records, after checking that each may inspect on the check date. */
async function checkedInspectors(ctx: SubgraphContext, input: InspectionInput): Promise<Map<string, Enforcer>> {
  const certNos = input.inspectors.map((i) => i.certNo.trim());
  const found = await ctx.em.find(Enforcer, { certNo: { $in: certNos } });
  const enforcers = new Map(found.map((e) => [e.certNo, e]));
  const problems = new Problems();
  checkInspectors(input, enforcers, problems);
  problems.throwIfAny();
  return enforcers;
}

function createInspectors(ctx: SubgraphContext, inspectionId: string, input: InspectionInput, enforcers: Map<string, Enforcer>) {
  const leader = Math.max(0, input.inspectors.findIndex((i) => i.isLeader));
  input.inspectors.forEach((inspector, ordinal) => {
    const enforcer = enforcers.get(inspector.certNo.trim())!;
    ctx.em.create(InspectionInspector, {
      inspectionId, enforcerId: enforcer.id, name: enforcer.name, certNo: enforcer.certNo, ordinal, isLeader: ordinal === leader,
    });
  });
}

const flushUnique = (ctx: SubgraphContext, input: InspectionInput) =>
  flushChecked(ctx.em, new HubError('DUPLICATE_ACTION_CODE', `实施机构 ${input.orgCode} 已有检查行为编号 ${input.actionCode}`, 'actionCode'));

function toEntityData(input: InspectionInput) {
  const { inspectors: _i, reportedAt, ...rest } = input;
  return {
    ...rest,
    actionCode: input.actionCode.trim(),
    partyCertNo: input.partyCertNo.trim().toUpperCase(),
    reportedAt: reportedAt ?? new Date(),
    subjectId: input.subjectId ?? null,
  };
}

/** The filter's conditions within the reader's scope; null when the reader may see no inspection. */
function inspectionWhere(user: HubUser, filter: InspectionFilter | undefined): FilterQuery<Inspection> | null {
  const and: FilterQuery<Inspection>[] = [{ dataStatus: DataStatus.normal }];
  if (filter?.subjectId) and.push({ subjectId: filter.subjectId });
  if (filter?.orgCode) and.push({ orgCode: filter.orgCode });
  if (filter?.itemCode) and.push({ itemCode: filter.itemCode });
  if (filter?.implListCode) and.push({ implListCode: filter.implListCode });
  if (filter?.adCodePrefix) and.push({ adCode: { $like: `${regionPrefix(filter.adCodePrefix)}%` } });
  if (filter?.checkDateFrom) and.push({ checkDate: { $gte: filter.checkDateFrom } });
  if (filter?.checkDateTo) and.push({ checkDate: { $lte: filter.checkDateTo } });
  if (filter?.checkCategory) and.push({ checkCategory: filter.checkCategory });
  if (filter?.result) and.push({ result: filter.result });
  return scopedWhere(user, 'Inspection', and);
}
