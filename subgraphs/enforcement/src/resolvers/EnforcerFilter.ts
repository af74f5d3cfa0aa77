import { Field, InputType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsCitizenId, LocalDateScalar, SortDirection } from '@hub/runtime';
import { EnforcerStatus } from '../entities/EnforcerStatus';

@InputType({ description: '执法人员筛选条件（各条件同时满足）' })
export class EnforcerFilter {
  @Field(() => String, { nullable: true, description: '所属执法主体统一社会信用代码' })
  orgUscc?: string;

  @Field(() => String, { nullable: true, description: '执法领域（含此领域）' })
  field?: string;

  @Field(() => String, { nullable: true, description: '区划：本级及所有下级' })
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  adCodePrefix?: string;

  @Field(() => [EnforcerStatus], { nullable: true, description: '状态' })
  status?: EnforcerStatus[];

  @Field(() => LocalDateScalar, { nullable: true, description: '执法证在此日期有效' })
  validOn?: string;

  @Field(() => String, { nullable: true, description: '公民身份号码（按摘要查找，不回显）' })
  @IsOptional() @IsCitizenId('公民身份号码')
  idNo?: string;
}

export enum EnforcerSortField {
  name = 'name',
  certValidTo = 'certValidTo',
  createdAt = 'createdAt',
}
registerEnumType(EnforcerSortField, { name: 'EnforcerSortField', description: '执法人员排序字段' });

@InputType()
export class EnforcerOrder {
  @Field(() => EnforcerSortField) field!: EnforcerSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
