import { Directive, Field, InputType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { LocalDateScalar, MaxChars, SortDirection, PUBLIC_TAG } from '@hub/runtime';
import { LAW_LEVELS, LAW_STATUSES } from '../entities/lawVocabulary';

@Directive(PUBLIC_TAG)
@InputType({ description: '法律法规筛选条件（各条件同时满足）' })
export class LawFilter {
  @Directive(PUBLIC_TAG)
  @Field(() => [String], { nullable: true, description: `效力位阶（${LAW_LEVELS.join('|')}）` })
  @IsOptional() @IsIn(LAW_LEVELS, { each: true, message: `效力位阶应为：${LAW_LEVELS.join('、')}`, context: { code: 'INVALID_ENUM' } })
  levels?: string[];

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: `时效性（${LAW_STATUSES.join('|')}）` })
  @IsOptional() @IsIn(LAW_STATUSES, { message: `时效性应为：${LAW_STATUSES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  status?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '制定机关（完全匹配）' })
  @IsOptional() @MaxChars('制定机关', 200)
  issuer?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '标题以此开头' })
  @IsOptional() @MaxChars('标题前缀', 300)
  titlePrefix?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '施行日期不早于' })
  effectiveFrom?: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '施行日期不晚于' })
  effectiveTo?: string;
}

export enum LawSortField {
  effectiveDate = 'effectiveDate',
  title = 'title',
}
registerEnumType(LawSortField, { name: 'LawSortField', description: '法律法规排序字段' });

@Directive(PUBLIC_TAG)
@InputType()
export class LawOrder {
  @Directive(PUBLIC_TAG)
  @Field(() => LawSortField) field!: LawSortField;
  @Directive(PUBLIC_TAG)
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
