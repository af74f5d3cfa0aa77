import { PUBLIC_TAG } from '@hub/runtime';
import { Directive, Field, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '双随机抽查结果筛选条件（各条件同时满足）' })
@Directive(PUBLIC_TAG)
export class RandomInspectionFilter {
  @Field(() => String, { nullable: true, description: '监管事项目录编码' }) @Directive(PUBLIC_TAG)
  @IsOptional() @Matches(/^\d{14}$/, { message: '监管事项目录编码应为14位数字', context: { code: 'INVALID_ITEM_CODE' } })
  itemCode?: string;

  @Field(() => String, { nullable: true, description: '区划：本级及所有下级（2至6位数字）' }) @Directive(PUBLIC_TAG)
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  adCodePrefix?: string;

  @Field(() => String, { nullable: true, description: '检查实施机关编码' }) @Directive(PUBLIC_TAG)
  orgCode?: string;

  @Field(() => String, { nullable: true, description: '检查日期起（含，YYYY-MM-DD）' }) @Directive(PUBLIC_TAG)
  @IsOptional() @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD', context: { code: 'INVALID_DATE' } })
  dateFrom?: string;

  @Field(() => String, { nullable: true, description: '检查日期止（含，YYYY-MM-DD）' }) @Directive(PUBLIC_TAG)
  @IsOptional() @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD', context: { code: 'INVALID_DATE' } })
  dateTo?: string;
}
