import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDateScalar, PUBLIC_TAG } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';

@ObjectType({ description: '登记投诉举报的结果' })
export class CreateComplaintPayload {
  @Field(() => Complaint, { description: '登记的投诉举报' })
  complaint!: Complaint;

  @Field({ description: '查询码（6位，仅此一次返回，请告知投诉人凭编号和查询码查询办理进度）' })
  queryCode!: string;
}


/**
 * What the public sees when tracking: progress only, nothing about the complainant (not even a masked
 * name) or the target. The whole type is in the public contract; nothing personal may ever be added here.
 */
@Directive(PUBLIC_TAG)
@ObjectType({ description: '投诉举报办理进度（公众查询）' })
export class ComplaintTracking {
  @Directive(PUBLIC_TAG) @Field({ description: '投诉举报编号' }) no!: string;
  @Directive(PUBLIC_TAG) @Field(() => ComplaintStatus, { description: '办理状态' }) status!: ComplaintStatus;
  @Directive(PUBLIC_TAG) @Field({ description: '受理时间' }) receivedAt!: Date;
  @Directive(PUBLIC_TAG) @Field(() => LocalDateScalar, { description: '办理时限' }) dueAt!: string;
  @Directive(PUBLIC_TAG) @Field(() => LocalDateScalar, { nullable: true, description: '办结日期' }) closedAt?: string | null;
  @Directive(PUBLIC_TAG) @Field(() => String, { nullable: true, description: '办理结果' }) result?: string | null;
}
