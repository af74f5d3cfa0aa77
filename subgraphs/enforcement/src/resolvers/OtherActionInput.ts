import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { CrossFieldRules, IsAdCode, IsCertNoOfType, IsItemCode, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';

@InputType({ description: '新建其他监管行为' })
export class OtherActionInput implements CrossFieldRules {
  @Field(() => ID, { nullable: true, description: '检查行为 id（如由检查引起）' })
  @IsOptional() @IsUUID('all', { message: '检查行为 id 应为 UUID', context: { code: 'INSPECTION_NOT_FOUND' } })
  inspectionId?: string | null;

  @Field({ description: '行为编号' }) @NotBlank('行为编号') @MaxChars('行为编号', 50)
  actionCode!: string;

  @Field({ description: '行为名称' }) @NotBlank('行为名称') @MaxChars('行为名称', 300)
  actionName!: string;

  @Field({ description: '监管事项目录编码（14位数字）' }) @IsItemCode('监管事项目录编码')
  itemCode!: string;

  @Field(() => String, { nullable: true, description: '事项来源' }) @IsOptional() @MaxChars('事项来源', 50)
  source?: string | null;

  @Field(() => String, { nullable: true, description: '监管措施' }) @IsOptional() @MaxChars('监管措施', 50)
  measure?: string | null;

  @Field(() => String, { nullable: true, description: '结案情况' }) @IsOptional() @MaxChars('结案情况', 200)
  closing?: string | null;

  @Field(() => LocalDateScalar, { description: '开始日期' })
  start!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期' }) @IsOptional()
  end?: string | null;

  @Field(() => Date, { nullable: true, description: '报送时间（不填为当前时间）' })
  reportedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: '监管对象 id' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 应为 UUID', context: { code: 'INVALID_ID' } })
  subjectId?: string | null;

  @Field({ description: '行政相对人名称' }) @NotBlank('行政相对人名称') @MaxChars('行政相对人名称', 200)
  partyName!: string;

  @Field({ description: '行政相对人证件类型' }) @NotBlank('行政相对人证件类型') @MaxChars('行政相对人证件类型', 3)
  partyCertType!: string;

  @Field({ description: '行政相对人证件号码' }) @IsCertNoOfType('行政相对人证件号码', 'partyCertType')
  partyCertNo!: string;

  @Field({ description: '行政区划代码' }) @IsAdCode('行政区划代码')
  adCode!: string;

  @Field({ description: '实施机构' }) @NotBlank('实施机构') @MaxChars('实施机构', 100)
  orgName!: string;

  @Field({ description: '实施机构编码' }) @NotBlank('实施机构编码') @MaxChars('实施机构编码', 20)
  orgCode!: string;

  checkRules(problems: Problems): void {
    problems.check(!this.end || this.start <= this.end, 'DATE_ORDER', 'end', '结束日期不能早于开始日期');
  }
}
