import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@hub/runtime';
import { Complaint } from '../entities/Complaint';
import { ComplaintStatus } from '../entities/ComplaintEnums';

@ObjectType({ description: '登记投诉举报的结果' })
export class CreateComplaintPayload {
  @Field(() => Complaint, { description: '登记的投诉举报' })
  complaint!: Complaint;

  @Field({ description: '查询码（6位，仅此一次返回，请告知投诉人凭编号和查询码查询办理进度）' })
  queryCode!: string;
}

/** What the public sees when tracking: progress only, nothing about the complainant or the target. */
@ObjectType({ description: '投诉举报办理进度（公众查询）' })
export class ComplaintTracking {
  @Field({ description: '投诉举报编号' }) no!: string;
  @Field(() => ComplaintStatus, { description: '办理状态' }) status!: ComplaintStatus;
  @Field({ description: '受理时间' }) receivedAt!: Date;
  @Field(() => LocalDateScalar, { description: '办理时限' }) dueAt!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '办结日期' }) closedAt?: string | null;
  @Field(() => String, { nullable: true, description: '办理结果' }) result?: string | null;
}
