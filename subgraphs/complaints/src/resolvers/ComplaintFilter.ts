import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { DataStatus, LocalDateScalar, SortDirection } from '@hub/runtime';
import { ComplaintChannel, ComplaintKind, ComplaintStatus } from '../entities/ComplaintEnums';

@InputType({ description: '投诉举报筛选条件（各条件同时满足；列表条件满足其一即可）' })
export class ComplaintFilter {
  @Field(() => ID, { nullable: true, description: '被投诉举报的监管对象 id' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 格式不正确', context: { code: 'INVALID_ID' } })
  subjectId?: string;

  @Field(() => [ComplaintStatus], { nullable: true, description: '办理状态' })
  status?: ComplaintStatus[];

  @Field(() => [ComplaintChannel], { nullable: true, description: '受理渠道' })
  channel?: ComplaintChannel[];

  @Field(() => [ComplaintKind], { nullable: true, description: '诉求类型' })
  kind?: ComplaintKind[];

  @Field(() => String, { nullable: true, description: '区划：本级及所有下级（如 3301 为杭州市全部区县）' })
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  territoryPrefix?: string;

  @Field(() => String, { nullable: true, description: '承办单位' })
  assignedOrg?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '受理日期起（含）' })
  receivedFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '受理日期止（含）' })
  receivedTo?: string;

  @Field(() => Boolean, { nullable: true, description: '超期：未办结且已过办理时限，或办结晚于办理时限；false 为未超期' })
  overdue?: boolean;

  @Field(() => [DataStatus], { nullable: true, description: '数据状态（默认仅正常）' })
  dataStatus?: DataStatus[];
}

export enum ComplaintSortField {
  receivedAt = 'receivedAt',
  dueAt = 'dueAt',
  createdAt = 'createdAt',
}
registerEnumType(ComplaintSortField, { name: 'ComplaintSortField', description: '投诉举报排序字段' });

@InputType({ description: '投诉举报排序' })
export class ComplaintOrder {
  @Field(() => ComplaintSortField) field!: ComplaintSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}
