import { Field, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { DataStatus, SortDirection } from '@hub/runtime';
import { SubjectKind } from '../entities/SubjectKind';

@InputType({ description: '监管对象筛选条件（各条件同时满足）' })
export class SubjectFilter {
  @Field(() => [SubjectKind], { nullable: true, description: '类别' })
  kinds?: SubjectKind[];

  @Field(() => String, { nullable: true, description: '区划：本级及所有下级（如 4403 为深圳市全部区县）' })
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  regionPrefix?: string;

  @Field(() => String, { nullable: true, description: '行业：本级及所有下级（门类字母或代码前缀）' })
  @IsOptional() @Matches(/^[A-T]$|^\d{2,4}$/, { message: '行业代码前缀应为门类字母或2至4位数字', context: { code: 'INVALID_INDUSTRY_CODE' } })
  industryPrefix?: string;

  @Field(() => [String], { nullable: true, description: '含有其中任一标签' })
  tagsAny?: string[];

  @Field(() => String, { nullable: true, description: '名称以此开头' })
  namePrefix?: string;

  @Field(() => [DataStatus], { nullable: true, description: '数据状态（默认仅正常）' })
  dataStatus?: DataStatus[];
}

export enum SubjectSortField {
  name = 'name',
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
  certNo = 'certNo',
}
registerEnumType(SubjectSortField, { name: 'SubjectSortField', description: '监管对象排序字段' });

@InputType()
export class SubjectOrder {
  @Field(() => SubjectSortField) field!: SubjectSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
