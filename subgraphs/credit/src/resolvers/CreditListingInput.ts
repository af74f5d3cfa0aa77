import { Field, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { CrossFieldRules, IsUscc, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { ListType } from '../entities/creditEnums';
import { checkListingRules } from '../rules/listingRules';

@InputType({ description: '将主体列入信用名单' })
export class CreditListingInput implements CrossFieldRules {
  @Field(() => ListType, { description: '名单类别' })
  listType!: ListType;

  @Field({ description: '名单名称（如 经营异常名录、失信被执行人名单）' }) @NotBlank('名单名称') @MaxChars('名单名称', 100)
  listName!: string;

  @Field({ description: '统一社会信用代码' }) @NotBlank('统一社会信用代码') @IsUscc('统一社会信用代码')
  uscc!: string;

  @Field(() => String, { nullable: true, description: '主体名称' }) @IsOptional() @MaxChars('主体名称', 200)
  partyName?: string | null;

  @Field({ description: '列入原因' }) @NotBlank('列入原因') @MaxChars('列入原因', 500)
  reason!: string;

  @Field(() => LocalDateScalar, { description: '列入日期' })
  listedAt!: string;

  @Field({ description: '作出列入决定的机关' }) @NotBlank('列入机关') @MaxChars('列入机关', 200)
  listedBy!: string;

  @Field({ description: '列入依据' }) @NotBlank('列入依据') @MaxChars('列入依据', 500)
  basis!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '列入期限届满日（空为不定期）' })
  until?: string | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;

  checkRules(problems: Problems): void {
    checkListingRules(this, problems);
  }
}
