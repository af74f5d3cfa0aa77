import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, ValidateNested, ArrayMaxSize } from 'class-validator';
import { CrossFieldRules, IsAdCode, IsCertNoOfType, IsIndustryCode, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { checkSubjectRules } from '../rules/subjectRules';
import { SubjectKind } from '../entities/SubjectKind';
import { EquipmentInfo, LegalPersonInfo, NaturalPersonInfo, PlaceInfo, ProductInfo, ProjectInfo } from '../entities/SubjectDetails';

@InputType({ description: '新建或修改监管对象' })
export class SubjectInput implements CrossFieldRules {
  @Field(() => SubjectKind, { description: '监管对象类别' })
  kind!: SubjectKind;

  @Field({ description: '名称' }) @NotBlank('名称') @MaxChars('名称', 200)
  name!: string;

  @Field({ description: '证件类型（001 统一社会信用代码，111 居民身份证…）' }) @NotBlank('证件类型') @MaxChars('证件类型', 3)
  certType!: string;

  @Field({ description: '证件号码' }) @IsCertNoOfType('证件号码', 'certType')
  certNo!: string;

  @Field({ description: '行政区划代码（GB/T 2260）' }) @IsAdCode('行政区划代码')
  adCode!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars('注册地址', 400)
  regAddress?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars('经营地址', 400)
  bizAddress?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIndustryCode('行业分类代码')
  industryCode?: string | null;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50, { message: '标签不能超过50个', context: { code: 'TOO_MANY' } })
  tags?: string[] | null;

  @Field(() => LegalPersonInfo, { nullable: true }) @IsOptional() @ValidateNested()
  legalPerson?: LegalPersonInfo | null;

  @Field(() => NaturalPersonInfo, { nullable: true }) @IsOptional() @ValidateNested()
  naturalPerson?: NaturalPersonInfo | null;

  @Field(() => EquipmentInfo, { nullable: true }) @IsOptional() @ValidateNested()
  equipment?: EquipmentInfo | null;

  @Field(() => ProductInfo, { nullable: true }) @IsOptional() @ValidateNested()
  product?: ProductInfo | null;

  @Field(() => PlaceInfo, { nullable: true }) @IsOptional() @ValidateNested()
  place?: PlaceInfo | null;

  @Field(() => ProjectInfo, { nullable: true }) @IsOptional() @ValidateNested()
  project?: ProjectInfo | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;

  checkRules(problems: Problems): void {
    checkSubjectRules(this, problems);
  }
}

@InputType({ description: '修改监管对象：带上读取时的 version，防止覆盖他人修改' })
export class UpdateSubjectInput extends SubjectInput {
  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}
