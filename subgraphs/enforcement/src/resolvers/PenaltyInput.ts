import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { CrossFieldRules, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { PenaltyClosing, PenaltyCollectiveDiscussion, PenaltyLegalReview, PenaltyLicenceRevoked } from '../entities/PenaltyParts';
import { PENALTY_PROCEDURES, PENALTY_TYPES } from '../rules/vocabularies';
import { checkPenaltyRules } from '../rules/penaltyRules';

const amount = (label: string) => Min(0, { message: `${label}不能为负数`, context: { code: 'INVALID_AMOUNT' } });

@InputType({ description: '新建或修改行政处罚；相对人、区划、实施机构取自所引用的检查' })
export class PenaltyInput implements CrossFieldRules {
  @Field(() => ID, { description: '检查行为 id（须为已登记的行政检查）' })
  @IsUUID('all', { message: '检查行为 id 应为 UUID', context: { code: 'INSPECTION_NOT_FOUND' } })
  inspectionId!: string;

  @Field(() => String, { nullable: true, description: '案件编号' }) @IsOptional() @MaxChars('案件编号', 100)
  caseNo?: string | null;

  @Field({ description: '处罚行为名称' }) @NotBlank('处罚行为名称') @MaxChars('处罚行为名称', 500)
  actionName!: string;

  @Field({ description: '案件来源' }) @NotBlank('案件来源') @MaxChars('案件来源', 50)
  caseSource!: string;

  @Field({ description: '违法事实' }) @NotBlank('违法事实') @MaxChars('违法事实', 400)
  illegalFacts!: string;

  @Field({ description: '处罚依据' }) @NotBlank('处罚依据') @MaxChars('处罚依据', 400)
  basis!: string;

  @Field(() => [ID], { nullable: true, description: '处罚依据条文 id（知识库）' })
  @IsOptional() @IsUUID('all', { each: true, message: '条文 id 应为 UUID', context: { code: 'INVALID_ID' } })
  @ArrayMaxSize(50, { message: '依据条文不能超过50条', context: { code: 'TOO_MANY' } })
  basisArticleIds?: string[] | null;

  @Field({ description: '处罚程序（简易、一般）' })
  @IsIn(PENALTY_PROCEDURES, { message: '处罚程序应为：简易、一般', context: { code: 'INVALID_ENUM' } })
  procedure!: string;

  @Field({ description: '是否听证' }) hearing!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '立案日期' }) @IsOptional()
  filedAt?: string | null;

  @Field({ description: '是否涉刑案件' }) criminal!: boolean;

  @Field({ defaultValue: false, description: '是否重大案件' }) major!: boolean;

  @Field(() => PenaltyLegalReview, { nullable: true }) @IsOptional() @ValidateNested()
  legalReview?: PenaltyLegalReview | null;

  @Field(() => PenaltyCollectiveDiscussion, { nullable: true }) @IsOptional() @ValidateNested()
  collective?: PenaltyCollectiveDiscussion | null;

  @Field({ description: '处罚决定书文号（唯一）' }) @NotBlank('处罚决定书文号') @MaxChars('处罚决定书文号', 100)
  decisionNo!: string;

  @Field(() => LocalDateScalar, { description: '处罚决定日期' })
  decisionDate!: string;

  @Field(() => [String], { description: '处罚种类代码（01 警告 … 14 责令关闭）' })
  @ArrayMinSize(1, { message: '处罚种类至少填写一项', context: { code: 'INVALID_PENALTY_TYPE' } })
  @IsIn(PENALTY_TYPES, { each: true, message: '处罚种类代码应为01至14', context: { code: 'INVALID_PENALTY_TYPE' } })
  penaltyTypes!: string[];

  @Field(() => Float, { nullable: true, description: '罚款金额（元）' }) @IsOptional() @amount('罚款金额')
  fineYuan?: number | null;

  @Field(() => Float, { nullable: true, description: '没收金额（元）' }) @IsOptional() @amount('没收金额')
  confiscatedYuan?: number | null;

  @Field(() => PenaltyLicenceRevoked, { nullable: true }) @IsOptional() @ValidateNested()
  licenceRevoked?: PenaltyLicenceRevoked | null;

  @Field({ description: '处罚结果' }) @NotBlank('处罚结果') @MaxChars('处罚结果', 1000)
  resultText!: string;

  @Field({ description: '行政复议' }) @NotBlank('行政复议') @MaxChars('行政复议', 20)
  reconsideration!: string;

  @Field({ description: '行政诉讼' }) @NotBlank('行政诉讼') @MaxChars('行政诉讼', 20)
  litigation!: string;

  @Field(() => PenaltyClosing, { nullable: true }) @IsOptional() @ValidateNested()
  closing?: PenaltyClosing | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '移送日期' }) @IsOptional()
  transferredAt?: string | null;

  @Field(() => Date, { nullable: true, description: '报送时间（不填为当前时间）' })
  reportedAt?: Date | null;

  checkRules(problems: Problems): void {
    checkPenaltyRules(this, problems);
  }
}

@InputType({ description: '修改行政处罚：带上读取时的 version' })
export class UpdatePenaltyInput extends PenaltyInput {
  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}
