import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar, SortDirection } from '@hub/runtime';
import { PENALTY_TYPES } from '../rules/vocabularies';

@InputType({ description: '行政处罚筛选条件（各条件同时满足）' })
export class PenaltyFilter {
  @Field(() => ID, { nullable: true, description: '监管对象 id' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 应为 UUID', context: { code: 'INVALID_ID' } })
  subjectId?: string;

  @Field(() => String, { nullable: true, description: '实施机构编码' }) orgCode?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '决定日期起（含）' }) decisionDateFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '决定日期止（含）' }) decisionDateTo?: string;

  @Field(() => String, { nullable: true, description: '处罚种类代码（含此种类）' })
  @IsOptional() @IsIn(PENALTY_TYPES, { message: '处罚种类代码应为01至14', context: { code: 'INVALID_PENALTY_TYPE' } })
  penaltyType?: string;
}

export enum PenaltySortField {
  decisionDate = 'decisionDate',
  reportedAt = 'reportedAt',
  createdAt = 'createdAt',
}
registerEnumType(PenaltySortField, { name: 'PenaltySortField', description: '行政处罚排序字段' });

@InputType()
export class PenaltyOrder {
  @Field(() => PenaltySortField) field!: PenaltySortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}
