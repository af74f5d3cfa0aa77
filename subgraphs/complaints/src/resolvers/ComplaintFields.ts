import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { isValidCitizenId } from '@hub/codes';
import { IsItemCode, IsUscc, LocalDateScalar, MaxChars } from '@hub/runtime';

/** An 18-character code that is not a citizen id is taken for a 统一社会信用代码 and must be a valid one. */
const looksLikeUscc = (o: Record<string, unknown>) => {
  const value = typeof o.targetCertNo === 'string' ? o.targetCertNo.trim() : '';
  return /^[0-9A-Z]{18}$/i.test(value) && !isValidCitizenId(value.toUpperCase());
};

/** Optional facts of a complaint, the same in a new complaint and in a change to one. */
@InputType({ description: '投诉举报的可选字段' })
export abstract class ComplaintOptionalFields {
  @Field(() => String, { nullable: true, description: '投诉人姓名' }) @IsOptional() @MaxChars('投诉人姓名', 50)
  complainantName?: string | null;

  @Field(() => String, { nullable: true, description: '投诉人联系电话（仅保存，查询时只返回脱敏号码）' })
  @IsOptional() @Matches(/^\+?[0-9][0-9\s-]{4,19}$/, { message: '联系电话格式不正确', context: { code: 'INVALID_PHONE' } })
  complainantPhone?: string | null;

  @Field(() => String, { nullable: true, description: '被投诉举报对象证件号码（统一社会信用代码等）' })
  @IsOptional() @MaxChars('被投诉举报对象证件号码', 64) @IsUscc('被投诉举报对象证件号码', { when: looksLikeUscc })
  targetCertNo?: string | null;

  @Field(() => ID, { nullable: true, description: '被投诉举报的监管对象 id' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 格式不正确', context: { code: 'INVALID_ID' } })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: '服务类型（商品/服务）' }) @IsOptional() @MaxChars('服务类型', 50)
  serviceType?: string | null;

  @Field(() => String, { nullable: true, description: '商品或服务名称' }) @IsOptional() @MaxChars('商品或服务名称', 100)
  serviceName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '争议发生日期' })
  disputeDate?: string | null;

  @Field(() => String, { nullable: true, description: '监管事项编码（14位数字）' }) @IsOptional() @IsItemCode('监管事项编码')
  itemCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '办理时限（不填则为受理后15个工作日）' })
  dueAt?: string | null;

  @Field(() => Int, { nullable: true, description: '满意度（1-5，仅办结后）' })
  @IsOptional()
  @IsInt({ message: '满意度应为1到5的整数', context: { code: 'INVALID_SATISFACTION' } })
  @Min(1, { message: '满意度应为1到5的整数', context: { code: 'INVALID_SATISFACTION' } })
  @Max(5, { message: '满意度应为1到5的整数', context: { code: 'INVALID_SATISFACTION' } })
  satisfaction?: number | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;
}
