import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { HubError, SubgraphContext } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';
import { Subject } from '../entities/SubjectStub';
import { complaintCountOfSubject, complaintsOfSubject } from './complaintLoaders';

const MAX_FIRST = 100;

/** What complaints adds to 监管对象: its complaints, loaded for all subjects of a request at once. */
@Resolver(() => Subject)
export class SubjectComplaintsResolver {
  @FieldResolver(() => [Complaint], { nullable: true, description: '该对象的投诉举报（最新在前）' })
  complaints(
    @Root() subject: Subject,
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 20, description: `条数（0-${MAX_FIRST}）` }) first: number,
    @Arg('status', () => [ComplaintStatus], { nullable: true, description: '仅这些办理状态' }) status?: ComplaintStatus[] | null,
  ) {
    if (first < 0 || first > MAX_FIRST) throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_FIRST}之间`, 'first');
    return complaintsOfSubject(ctx, first, status ?? []).load(subject.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: '该对象的投诉举报件数（sinceDays：仅最近若干天受理的）' })
  complaintCount(
    @Root() subject: Subject,
    @Ctx() ctx: SubgraphContext,
    @Arg('sinceDays', () => Int, { nullable: true, description: '最近天数' }) sinceDays?: number | null,
  ) {
    if (sinceDays !== null && sinceDays !== undefined && (sinceDays < 0 || sinceDays > 36_500)) {
      throw new HubError('INVALID_INPUT', 'sinceDays 应在0到36500之间', 'sinceDays');
    }
    return complaintCountOfSubject(ctx, sinceDays ?? null).load(subject.id);
  }
}
