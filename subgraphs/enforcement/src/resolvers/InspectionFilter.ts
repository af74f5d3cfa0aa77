import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateScalar, SortDirection } from '@hub/runtime';

@InputType({ description: '行政检查筛选条件（各条件同时满足）' })
export class InspectionFilter {
  @Field(() => ID, { nullable: true, description: '监管对象 id' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 应为 UUID', context: { code: 'INVALID_ID' } })
  subjectId?: string;
  @Field(() => String, { nullable: true, description: '实施机构编码' }) orgCode?: string;
  @Field(() => String, { nullable: true, description: '监管事项目录编码' }) itemCode?: string;
  @Field(() => String, { nullable: true, description: '检查实施清单编码' }) implListCode?: string;

  @Field(() => String, { nullable: true, description: '区划：本级及所有下级' })
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  adCodePrefix?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '检查日期起（含）' }) checkDateFrom?: string;
  @Field(() => LocalDateScalar, { nullable: true, description: '检查日期止（含）' }) checkDateTo?: string;
  @Field(() => String, { nullable: true, description: '检查类别' }) checkCategory?: string;
  @Field(() => String, { nullable: true, description: '检查结果' }) result?: string;
}

export enum InspectionSortField {
  checkDate = 'checkDate',
  reportedAt = 'reportedAt',
  createdAt = 'createdAt',
}
registerEnumType(InspectionSortField, { name: 'InspectionSortField', description: '行政检查排序字段' });

@InputType()
export class InspectionOrder {
  @Field(() => InspectionSortField) field!: InspectionSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}
