import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import {
  CrossFieldRules, IsAdCode, IsCertNoOfType, IsImplListCode, IsItemCode, LocalDateScalar, MaxChars, NotBlank, Problems,
} from '@hub/runtime';
import { CHECK_CATEGORIES, OBJECT_TYPES } from '../rules/vocabularies';
import { checkInspectionRules } from '../rules/inspectionRules';

@InputType({ description: '检查人员：按执法证号指定，姓名取自执法人员库' })
export class InspectorInput {
  @Field({ description: '执法证号' })
  @Length(4, 32, { message: '执法证号长度应为4至32个字符', context: { code: 'INSPECTOR_CERT_INVALID' } })
  certNo!: string;

  @Field({ defaultValue: false, description: '是否组长（都不是时第一位为组长）' })
  isLeader!: boolean;
}

@InputType({ description: '新建或修改行政检查' })
export class InspectionInput implements CrossFieldRules {
  @Field({ description: '检查行为编号（同一实施机构内唯一）' }) @NotBlank('检查行为编号') @MaxChars('检查行为编号', 50)
  actionCode!: string;

  @Field({ description: '检查行为名称' }) @NotBlank('检查行为名称') @MaxChars('检查行为名称', 500)
  actionName!: string;

  @Field({ description: '监管事项目录编码（14位数字）' }) @IsItemCode('监管事项目录编码')
  itemCode!: string;

  @Field({ description: '检查实施清单编码' }) @IsImplListCode('检查实施清单编码')
  implListCode!: string;

  @Field(() => String, { nullable: true, description: '双随机一公开计划 id' }) @IsOptional() @MaxChars('双随机计划 id', 64)
  planId?: string | null;

  @Field({ description: '实施机构' }) @NotBlank('实施机构') @MaxChars('实施机构', 100)
  orgName!: string;

  @Field({ description: '实施机构编码' }) @NotBlank('实施机构编码') @MaxChars('实施机构编码', 20)
  orgCode!: string;

  @Field(() => String, { nullable: true, description: '受委托部门' }) @IsOptional() @MaxChars('受委托部门', 100)
  entrustedDept?: string | null;

  @Field(() => String, { nullable: true, description: '受委托部门编码' }) @IsOptional() @MaxChars('受委托部门编码', 20)
  entrustedCode?: string | null;

  @Field({ description: '监管对象类型（1至11）' })
  @IsIn(OBJECT_TYPES, { message: '监管对象类型应为1至11', context: { code: 'INVALID_ENUM' } })
  objectType!: string;

  @Field({ description: '行政相对人名称' }) @NotBlank('行政相对人名称') @MaxChars('行政相对人名称', 200)
  partyName!: string;

  @Field({ description: '行政相对人性质' }) @NotBlank('行政相对人性质') @MaxChars('行政相对人性质', 20)
  partyNature!: string;

  @Field({ description: '行政相对人证件类型（001 统一社会信用代码，111 居民身份证…）' }) @NotBlank('行政相对人证件类型') @MaxChars('行政相对人证件类型', 3)
  partyCertType!: string;

  @Field({ description: '行政相对人证件号码' }) @IsCertNoOfType('行政相对人证件号码', 'partyCertType')
  partyCertNo!: string;

  @Field(() => String, { nullable: true, description: '注册地址' }) @IsOptional() @MaxChars('注册地址', 400)
  regAddress?: string | null;

  @Field(() => String, { nullable: true, description: '经营地址' }) @IsOptional() @MaxChars('经营地址', 400)
  bizAddress?: string | null;

  @Field({ description: '行政区划代码（GB/T 2260）' }) @IsAdCode('行政区划代码')
  adCode!: string;

  @Field({ description: '检查形式' }) @NotBlank('检查形式') @MaxChars('检查形式', 20)
  checkForm!: string;

  @Field({ description: '检查类别（日常、双随机、专项、投诉举报、其他）' })
  @IsIn(CHECK_CATEGORIES, { message: `检查类别应为：${CHECK_CATEGORIES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  checkCategory!: string;

  @Field(() => String, { nullable: true, description: '检查方式' }) @IsOptional() @MaxChars('检查方式', 20)
  checkMode?: string | null;

  @Field({ description: '检查结果' }) @NotBlank('检查结果') @MaxChars('检查结果', 200)
  result!: string;

  @Field(() => LocalDateScalar, { description: '检查日期' })
  checkDate!: string;

  @Field(() => Date, { nullable: true, description: '报送时间（不填为当前时间），须晚于检查日期' })
  reportedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '报送人员' }) @IsOptional() @MaxChars('报送人员', 50)
  reportedBy?: string | null;

  @Field(() => ID, { nullable: true, description: '监管对象 id（监管对象库）' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 应为 UUID', context: { code: 'INVALID_ID' } })
  subjectId?: string | null;

  @Field(() => [InspectorInput], { description: '检查人员（至少2名，执法证在检查日期有效）' }) @ValidateNested({ each: true })
  inspectors!: InspectorInput[];

  checkRules(problems: Problems): void {
    checkInspectionRules(this, problems);
  }
}

@InputType({ description: '修改行政检查：带上读取时的 version' })
export class UpdateInspectionInput extends InspectionInput {
  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}
