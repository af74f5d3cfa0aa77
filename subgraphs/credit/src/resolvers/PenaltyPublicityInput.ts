import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CrossFieldRules, IsOrgCode, IsUscc, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { PARTY_CATEGORIES, PublicityStatus } from '../entities/creditEnums';
import { checkPenaltyPublicityRules } from '../rules/publicityRules';
import { IsWanAmount } from '../rules/wanAmount';

@InputType({ description: '新建或修改双公示·行政处罚信息（信用中国格式）' })
export class PenaltyPublicityInput implements CrossFieldRules {
  @Field({ description: '行政相对人名称' }) @NotBlank('行政相对人名称') @MaxChars('行政相对人名称', 200)
  partyName!: string;

  @Field({ description: '行政相对人类别：法人及非法人组织、自然人、个体工商户' })
  @IsIn(PARTY_CATEGORIES, { message: `行政相对人类别应为：${PARTY_CATEGORIES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  partyCategory!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' }) @IsOptional() @IsUscc('统一社会信用代码')
  uscc?: string | null;

  @Field(() => String, { nullable: true, description: '工商注册号' }) @IsOptional() @MaxChars('工商注册号', 50)
  regNo?: string | null;

  @Field(() => String, { nullable: true, description: '组织机构代码' }) @IsOptional() @IsOrgCode('组织机构代码')
  orgCode?: string | null;

  @Field(() => String, { nullable: true, description: '税务登记号' }) @IsOptional() @MaxChars('税务登记号', 50)
  taxNo?: string | null;

  @Field(() => String, { nullable: true, description: '事业单位证书号' }) @IsOptional() @MaxChars('事业单位证书号', 50)
  instCertNo?: string | null;

  @Field(() => String, { nullable: true, description: '社会组织登记证号' }) @IsOptional() @MaxChars('社会组织登记证号', 50)
  socialOrgNo?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人' }) @IsOptional() @MaxChars('法定代表人', 50)
  legalRep?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人证件类型' }) @IsOptional() @MaxChars('法定代表人证件类型', 20)
  legalRepCertType?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人证件号码' }) @IsOptional() @MaxChars('法定代表人证件号码', 64)
  legalRepCertNo?: string | null;

  @Field({ description: '行政处罚决定书文号（同一处罚机关内唯一）' }) @NotBlank('行政处罚决定书文号') @MaxChars('行政处罚决定书文号', 128)
  decisionNo!: string;

  @Field({ description: '违法行为类型' }) @NotBlank('违法行为类型') @MaxChars('违法行为类型', 2000)
  illegalType!: string;

  @Field({ description: '违法事实' }) @NotBlank('违法事实') @MaxChars('违法事实', 5000)
  illegalFacts!: string;

  @Field({ description: '处罚依据' }) @NotBlank('处罚依据') @MaxChars('处罚依据', 2000)
  basis!: string;

  @Field({ description: '处罚类别（多个以分号分隔）' }) @NotBlank('处罚类别') @MaxChars('处罚类别', 256)
  penaltyCategory!: string;

  @Field({ description: '处罚内容' }) @NotBlank('处罚内容') @MaxChars('处罚内容', 4000)
  content!: string;

  @Field(() => String, { nullable: true, description: '罚款金额（万元，十进制字符串，最多6位小数，如 "0.0125"）' }) @IsOptional() @IsWanAmount('罚款金额')
  fineWan?: string | null;

  @Field(() => String, { nullable: true, description: '没收违法所得、没收非法财物的金额（万元）' }) @IsOptional() @IsWanAmount('没收金额')
  confiscatedWan?: string | null;

  @Field(() => String, { nullable: true, description: '暂扣或吊销证照名称及编号' }) @IsOptional() @MaxChars('暂扣或吊销证照名称及编号', 200)
  licenceInfo?: string | null;

  @Field(() => LocalDateScalar, { description: '处罚决定日期' })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '处罚有效期' })
  validUntil?: string | null;

  @Field(() => LocalDateScalar, { description: '公示截止期' })
  publicUntil!: string;

  @Field(() => LocalDateScalar, { description: '公示日期' })
  publishedAt!: string;

  @Field({ description: '处罚机关' }) @NotBlank('处罚机关') @MaxChars('处罚机关', 200)
  authority!: string;

  @Field({ description: '处罚机关统一社会信用代码' }) @NotBlank('处罚机关统一社会信用代码') @IsUscc('处罚机关统一社会信用代码')
  authorityUscc!: string;

  @Field({ description: '数据来源单位' }) @NotBlank('数据来源单位') @MaxChars('数据来源单位', 200)
  dataSource!: string;

  @Field({ description: '数据来源单位统一社会信用代码' }) @NotBlank('数据来源单位统一社会信用代码') @IsUscc('数据来源单位统一社会信用代码')
  dataSourceUscc!: string;

  @Field(() => PublicityStatus, { defaultValue: PublicityStatus.normal, description: '公示状态' })
  status!: PublicityStatus;

  @Field(() => ID, { nullable: true, description: '对应监管行为库中行政处罚记录的 id' })
  @IsOptional() @IsUUID('all', { message: '行政处罚记录 id 应为 UUID', context: { code: 'INVALID_ID' } })
  penaltyId?: string | null;

  @Field(() => String, { nullable: true, description: '备注' }) @IsOptional() @MaxChars('备注', 512)
  remark?: string | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;

  checkRules(problems: Problems): void {
    checkPenaltyPublicityRules(this, problems);
  }
}

@InputType({ description: '修改双公示·行政处罚信息：带上读取时的 version' })
export class UpdatePenaltyPublicityInput extends PenaltyPublicityInput {
  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}
