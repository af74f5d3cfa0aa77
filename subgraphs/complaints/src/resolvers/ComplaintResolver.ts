import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  assertVersion, Connection, uuidsOf, DataStatus, flushChecked, HubError, LocalDateScalar, notFound, PageArgs, paginate, Problems, SortDirection, SubgraphContext, PUBLIC_TAG } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';
import { RegItem } from '../entities/RegItemStub';
import { Subject } from '../entities/SubjectStub';
import { allowedNext, canTransition } from '../rules/statusMachine';
import { checkComplaintState } from '../rules/complaintRules';
import { chinaToday } from '@hub/codes';
import { defaultDueAt } from '../rules/calendar';
import { hashQueryCode, newQueryCode, queryCodeMatches } from '../rules/queryCode';
import { ComplaintInput, UpdateComplaintInput } from './ComplaintInput';
import { ComplaintFilter, ComplaintOrder, ComplaintSortField } from './ComplaintFilter';
import { ComplaintTracking, CreateComplaintPayload } from './ComplaintPayloads';
import { complaintById, complaintByNo } from './complaintLoaders';
import { complaintWhere } from './complaintWhere';
import { nextComplaintNo } from './complaintNo';
import { assertComplaintHandleable, assertComplaintPlaceable, COMPLAINT_WRITERS, complaintReadWhere, sourceDeptOf } from '../policy';

const ComplaintConnection = Connection(Complaint);
/** What a caller who may see no complaint gets, without asking the database. */
const EMPTY_PAGE = { nodes: [], cursors: [], hasNextPage: false, count: async () => 0 };
const NOT_TRACKED = () => new HubError('NOT_FOUND', '未找到与该编号和查询码匹配的投诉举报，请核对后重试');

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => Complaint, { nullable: true, description: '按 id 查询投诉举报' })
  complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return complaintById(ctx).load(id);
  }

  @Query(() => Complaint, { nullable: true, description: '按编号查询投诉举报' })
  complaintByNo(@Arg('no') no: string, @Ctx() ctx: SubgraphContext) {
    return complaintByNo(ctx).load(no.trim().toUpperCase());
  }

  /** Open to everybody (the number and code are the credential), so it reads past the scope rule. */
  @Directive(PUBLIC_TAG)
  @Query(() => ComplaintTracking, { description: '公众凭编号和查询码查询办理进度' })
  async trackComplaint(@Arg('no') no: string, @Arg('queryCode') queryCode: string, @Ctx() ctx: SubgraphContext): Promise<ComplaintTracking> {
    const normalized = no.trim().toUpperCase();
    const complaint = normalized ? await ctx.em.findOne(Complaint, { no: normalized }) : null;
    // One answer for an unknown number and a wrong code: the pair must not reveal which numbers exist.
    if (!complaint || complaint.dataStatus !== DataStatus.normal || !queryCodeMatches(queryCode, complaint.queryCodeHash)) throw NOT_TRACKED();
    const { status, receivedAt, dueAt, closedAt, result } = complaint;
    return { no: complaint.no, status, receivedAt, dueAt, closedAt, result };
  }

  @Query(() => ComplaintConnection, { description: '投诉举报列表（筛选、排序、游标分页；默认按受理时间倒序）' })
  complaints(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('orderBy', () => ComplaintOrder, { nullable: true }) orderBy?: ComplaintOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const scope = complaintReadWhere(ctx.user);
    if (scope === null) return new ComplaintConnection(EMPTY_PAGE);
    return paginate(ctx.em, Complaint, {
      where: scope ? { $and: [complaintWhere(filter), scope] } : complaintWhere(filter),
      sortField: orderBy?.field ?? ComplaintSortField.receivedAt,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new ComplaintConnection(p));
  }

  @Authorized(...COMPLAINT_WRITERS)
  @Mutation(() => CreateComplaintPayload, { description: '登记投诉举报（限本部门本辖区）；返回的查询码只给这一次' })
  async createComplaint(@Arg('input', () => ComplaintInput) input: ComplaintInput, @Ctx() ctx: SubgraphContext): Promise<CreateComplaintPayload> {
    assertComplaintPlaceable(ctx.user, input);
    const queryCode = newQueryCode();
    const no = input.no ? input.no.trim().toUpperCase() : await nextComplaintNo(ctx.em, input.receivedAt);
    const complaint = ctx.em.create(Complaint, {
      ...input,
      no,
      status: input.status ?? ComplaintStatus.accepted,
      targetCertNo: normalizeCertNo(input.targetCertNo),
      dueAt: input.dueAt ?? defaultDueAt(input.receivedAt),
      queryCodeHash: hashQueryCode(queryCode),
      sourceDept: sourceDeptOf(ctx.user, input.sourceDept),
    });
    await flushChecked(ctx.em, new HubError('DUPLICATE_COMPLAINT_NO', `投诉举报编号 ${no} 已存在`, 'no'));
    return { complaint, queryCode };
  }

  @Authorized(...COMPLAINT_WRITERS)
  @Mutation(() => Complaint, { description: '修改投诉举报（限承办部门本辖区；只改给出的字段；乐观锁：expectedVersion 须为当前版本）' })
  async updateComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateComplaintInput) input: UpdateComplaintInput,
    @Arg('expectedVersion', () => Int, { description: '读取时的版本号' }) expectedVersion: number,
    @Ctx() ctx: SubgraphContext,
  ) {
    const complaint = await loadForChange(ctx, id, expectedVersion);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if ('targetCertNo' in changes) changes.targetCertNo = normalizeCertNo(input.targetCertNo);
    if ('sourceDept' in changes) changes.sourceDept = sourceDeptOf(ctx.user, input.sourceDept);
    assertComplaintPlaceable(ctx.user, { territory: input.territory ?? complaint.territory, assignedOrg: input.assignedOrg ?? complaint.assignedOrg });
    ctx.em.assign(complaint, changes);
    const problems = new Problems();
    checkComplaintState(complaint, problems);
    problems.throwIfAny();
    await flushChecked(ctx.em);
    return complaint;
  }

  @Authorized(...COMPLAINT_WRITERS)
  @Mutation(() => Complaint, { description: '变更办理状态（限承办部门本辖区）：受理→办理→办结，或受理→不予受理；办结和不予受理须填写结果和办结日期' })
  async changeComplaintStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ComplaintStatus) status: ComplaintStatus,
    @Arg('expectedVersion', () => Int, { description: '读取时的版本号' }) expectedVersion: number,
    @Ctx() ctx: SubgraphContext,
    @Arg('result', () => String, { nullable: true, description: '办理结果' }) result?: string | null,
    @Arg('closedAt', () => LocalDateScalar, { nullable: true, description: '办结日期' }) closedAt?: string | null,
  ) {
    const complaint = await loadForChange(ctx, id, expectedVersion);
    if (!canTransition(complaint.status, status)) {
      const next = allowedNext(complaint.status);
      throw new HubError('INVALID_STATUS_TRANSITION',
        `投诉举报当前状态为${complaint.status}，${next.length ? `只能变更为${next.join('或')}` : '不能再变更'}，不能变更为${status}`, 'status');
    }
    const problems = new Problems();
    if (result && [...result].length > 1000) problems.add('TOO_LONG', 'result', '办理结果不能超过1000个字符');
    ctx.em.assign(complaint, {
      status,
      ...(result !== undefined ? { result } : {}),
      ...(closedAt !== undefined ? { closedAt } : {}),
    });
    checkComplaintState(complaint, problems);
    problems.throwIfAny();
    await flushChecked(ctx.em);
    return complaint;
  }

  @FieldResolver(() => Boolean, { description: '是否超期：未办结且已过办理时限，或办结日期晚于办理时限' })
  overdue(@Root() complaint: Complaint) {
    return complaint.closedAt ? complaint.closedAt > complaint.dueAt : complaint.dueAt < chinaToday();
  }

  @FieldResolver(() => Subject, { nullable: true, description: '被投诉举报的监管对象' })
  subject(@Root() complaint: Complaint): Subject | null {
    return complaint.subjectId ? { id: complaint.subjectId } : null;
  }

  @FieldResolver(() => RegItem, { nullable: true, description: '涉及的监管事项' })
  item(@Root() complaint: Complaint): RegItem | null {
    return complaint.itemCode ? { itemCode: complaint.itemCode } : null;
  }
}

/** The complaint to change, whoever may read it; only its department in its region may change it. */
async function loadForChange(ctx: SubgraphContext, id: string, expectedVersion: number) {
  const [valid] = uuidsOf([id]);
  const complaint = valid ? await ctx.em.findOne(Complaint, { id: valid }) : null;
  if (!complaint) throw notFound('投诉举报', id, 'id');
  assertComplaintHandleable(ctx.user, complaint);
  assertVersion(complaint, expectedVersion);
  return complaint;
}

const normalizeCertNo = (certNo: string | null | undefined) => (certNo ? certNo.trim().toUpperCase() : certNo ?? null);
