import { Directive, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { LocalDateScalar, SortDirection, PUBLIC_TAG } from '@hub/runtime';
import { RegItemCategory } from '../entities/catalogEnums';

@Directive(PUBLIC_TAG)
@InputType({ description: '监管事项筛选条件（各条件同时满足）' })
export class RegItemFilter {
  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '监管部门编码' })
  deptCode?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => RegItemCategory, { nullable: true, description: '事项类型' })
  category?: RegItemCategory;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { nullable: true, description: '事项状态：0 无效，1 有效' })
  @IsOptional() @IsIn([0, 1], { message: '状态应为0或1', context: { code: 'INVALID_STATUS' } })
  status?: number;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '名称以此开头' })
  namePrefix?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '已被此部门（编码）认领' })
  claimedByDept?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '取该日期有效的版本（默认取当前版本）' })
  effectiveOn?: string;
}

export enum RegItemSortField {
  itemCode = 'itemCode',
  name = 'name',
  effectiveFrom = 'effectiveFrom',
  createdAt = 'createdAt',
}
registerEnumType(RegItemSortField, { name: 'RegItemSortField', description: '监管事项排序字段' });

@Directive(PUBLIC_TAG)
@InputType()
export class RegItemOrder {
  @Directive(PUBLIC_TAG)
  @Field(() => RegItemSortField) field!: RegItemSortField;
  @Directive(PUBLIC_TAG)
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
