import { Field, InputType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { LocalDateScalar, MaxChars, SortDirection } from '@hub/runtime';
import { LAW_LEVELS, LAW_STATUSES } from '../entities/lawVocabulary';

@InputType({ description: '法律法规筛选条件（各条件同时满足）' })
export class LawFilter {
  @Field(() => [String], { nullable: true, description: `效力位阶（${LAW_LEVELS.join('|')}）` })
  @IsOptional() @IsIn(LAW_LEVELS, { each: true, message: `效力位阶应为：${LAW_LEVELS.join('、')}`, context: { code: 'INVALID_ENUM' } })
  levels?: string[];

  @Field(() => String, { nullable: true, description: `时效性（${LAW_STATUSES.join('|')}）` })
  @IsOptional() @IsIn(LAW_STATUSES, { message: `时效性应为：${LAW_STATUSES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  status?: string;

  @Field(() => String, { nullable: true, description: '制定机关（完全匹配）' })
  @IsOptional() @MaxChars('制定机关', 200)
  issuer?: string;

  @Field(() => String, { nullable: true, description: '标题以此开头' })
  @IsOptional() @MaxChars('标题前缀', 300)
  titlePrefix?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '施行日期不早于' })
  effectiveFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '施行日期不晚于' })
  effectiveTo?: string;
}

export enum LawSortField {
  effectiveDate = 'effectiveDate',
  title = 'title',
}
registerEnumType(LawSortField, { name: 'LawSortField', description: '法律法规排序字段' });

@InputType()
export class LawOrder {
  @Field(() => LawSortField) field!: LawSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}
