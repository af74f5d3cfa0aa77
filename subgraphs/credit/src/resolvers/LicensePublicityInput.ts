import { Field, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { CrossFieldRules, IsUscc, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { LicenceStatus, PARTY_CATEGORIES } from '../entities/creditEnums';
import { checkLicensePublicityRules } from '../rules/publicityRules';

export const LICENCE_CATEGORIES = ['普通', '特许', '认可', '核准', '登记', '其他'];

@InputType({ description: '新建或修改双公示·行政许可信息' })
export class LicensePublicityInput implements CrossFieldRules {
  @Field({ description: '行政相对人名称' }) @NotBlank('行政相对人名称') @MaxChars('行政相对人名称', 200)
  partyName!: string;

  @Field({ description: '行政相对人类别：法人及非法人组织、自然人、个体工商户' })
  @IsIn(PARTY_CATEGORIES, { message: `行政相对人类别应为：${PARTY_CATEGORIES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  partyCategory!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' }) @IsOptional() @IsUscc('统一社会信用代码')
  uscc?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人' }) @IsOptional() @MaxChars('法定代表人', 50)
  legalRep?: string | null;

  @Field({ description: '行政许可决定文书名称' }) @NotBlank('行政许可决定文书名称') @MaxChars('行政许可决定文书名称', 64)
  docName!: string;

  @Field({ description: '行政许可决定文书号' }) @NotBlank('行政许可决定文书号') @MaxChars('行政许可决定文书号', 64)
  docNo!: string;

  @Field({ description: '许可类别：普通、特许、认可、核准、登记、其他' })
  @IsIn(LICENCE_CATEGORIES, { message: `许可类别应为：${LICENCE_CATEGORIES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  category!: string;

  @Field(() => String, { nullable: true, description: '许可证书名称' }) @IsOptional() @MaxChars('许可证书名称', 64)
  certName?: string | null;

  @Field(() => String, { nullable: true, description: '许可编号' }) @IsOptional() @MaxChars('许可编号', 64)
  licenceNo?: string | null;

  @Field({ description: '许可内容' }) @NotBlank('许可内容') @MaxChars('许可内容', 4000)
  content!: string;

  @Field(() => LocalDateScalar, { description: '许可决定日期' })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { description: '有效期自' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { description: '有效期至' })
  validTo!: string;

  @Field({ description: '许可机关' }) @NotBlank('许可机关') @MaxChars('许可机关', 200)
  authority!: string;

  @Field({ description: '许可机关统一社会信用代码' }) @NotBlank('许可机关统一社会信用代码') @IsUscc('许可机关统一社会信用代码')
  authorityUscc!: string;

  @Field(() => LicenceStatus, { description: '当前状态' })
  status!: LicenceStatus;

  @Field({ description: '数据来源单位' }) @NotBlank('数据来源单位') @MaxChars('数据来源单位', 200)
  dataSource!: string;

  @Field(() => String, { nullable: true, description: '数据来源单位统一社会信用代码' }) @IsOptional() @IsUscc('数据来源单位统一社会信用代码')
  dataSourceUscc?: string | null;

  @Field(() => String, { nullable: true, description: '备注' }) @IsOptional() @MaxChars('备注', 512)
  remark?: string | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;

  checkRules(problems: Problems): void {
    checkLicensePublicityRules(this, problems);
  }
}

@InputType({ description: '修改双公示·行政许可信息：带上读取时的 version' })
export class UpdateLicensePublicityInput extends LicensePublicityInput {
  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}
