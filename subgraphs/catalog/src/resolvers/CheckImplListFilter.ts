import { Directive, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { SortDirection, PUBLIC_TAG } from '@hub/runtime';

@Directive(PUBLIC_TAG)
@InputType({ description: '检查实施清单筛选条件（各条件同时满足，均为当前版本）' })
export class CheckImplListFilter {
  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '监管事项目录编码' })
  itemCode?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '实施机构统一社会信用代码' })
  orgUscc?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '区划：本级及所有下级（如 3301 为杭州市全部）' })
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  adCodePrefix?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { nullable: true, description: '行使层级 1–5' })
  execLevel?: number;

  @Directive(PUBLIC_TAG)
  @Field(() => Boolean, { nullable: true, description: '是否双随机抽查事项' })
  isRandomItem?: boolean;
}

export enum CheckImplListSortField {
  code = 'code',
  effectiveFrom = 'effectiveFrom',
  createdAt = 'createdAt',
}
registerEnumType(CheckImplListSortField, { name: 'CheckImplListSortField', description: '检查实施清单排序字段' });

@Directive(PUBLIC_TAG)
@InputType()
export class CheckImplListOrder {
  @Directive(PUBLIC_TAG)
  @Field(() => CheckImplListSortField) field!: CheckImplListSortField;
  @Directive(PUBLIC_TAG)
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
