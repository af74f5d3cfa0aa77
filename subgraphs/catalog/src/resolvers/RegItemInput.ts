import { Field, InputType, Int, ID } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CrossFieldRules, IsImplListCode, IsItemCode, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { APPLICABLE_SCOPES, RegItemCategory, SUPERVISION_LEVELS } from '../entities/catalogEnums';
import { checkSubItemRules } from '../rules/itemRules';

const STATUS = { message: '状态应为0（无效）或1（有效）', context: { code: 'INVALID_STATUS' } };

@InputType({ description: '监管事项子项' })
export class RegSubItemInput {
  @Field({ description: '子项编码' }) @NotBlank('子项编码') @MaxChars('子项编码', 50)
  subItemCode!: string;

  @Field({ description: '子项名称' }) @NotBlank('子项名称') @MaxChars('子项名称', 500)
  name!: string;

  @Field(() => String, { nullable: true, description: '对应子项权力编码' }) @IsOptional() @MaxChars('对应子项权力编码', 100)
  subPowerCode?: string | null;

  @Field({ description: '监管对象类别' }) @NotBlank('监管对象类别') @MaxChars('监管对象类别', 20)
  objectCategory!: string;

  @Field({ description: '监管对象' }) @NotBlank('监管对象') @MaxChars('监管对象', 500)
  objectDesc!: string;

  @Field({ description: '监管形式' }) @NotBlank('监管形式') @MaxChars('监管形式', 200)
  form!: string;

  @Field({ description: '监管方式' }) @NotBlank('监管方式') @MaxChars('监管方式', 200)
  method!: string;

  @Field({ description: '监管层级（国家、省、市、县、乡）' })
  @IsIn([...SUPERVISION_LEVELS], { message: `监管层级应为：${SUPERVISION_LEVELS.join('、')}`, context: { code: 'INVALID_ENUM' } })
  level!: string;

  @Field(() => [ID], { nullable: true, description: '设定依据引用的法律条文 id（知识库 LawArticle）' })
  @IsOptional() @ArrayMaxSize(50, { message: '设定依据条文不能超过50条', context: { code: 'TOO_MANY' } })
  @IsUUID('all', { each: true, message: '设定依据条文 id 应为 UUID', context: { code: 'INVALID_ARTICLE_ID' } })
  basisArticleIds?: string[] | null;

  @Field({ description: '设定依据（条文引用文本）' }) @NotBlank('设定依据')
  basisText!: string;

  @Field({ description: '监管流程' }) @NotBlank('监管流程')
  process!: string;

  @Field({ description: '监管结果' }) @NotBlank('监管结果')
  result!: string;

  @Field(() => [String], { description: '适用范围（省、市、县，可多选）' })
  @ArrayNotEmpty({ message: '适用范围不能为空', context: { code: 'REQUIRED' } })
  @IsIn([...APPLICABLE_SCOPES], { each: true, message: `适用范围应为：${APPLICABLE_SCOPES.join('、')}`, context: { code: 'INVALID_ENUM' } })
  scope!: string[];

  @Field(() => String, { nullable: true, description: '检查实施清单编号' }) @IsOptional() @IsImplListCode('检查实施清单编号')
  implListCode?: string | null;

  @Field(() => Int, { defaultValue: 1, description: '子项状态：0 无效，1 有效' }) @IsIn([0, 1], STATUS)
  status!: number;
}

@InputType({ description: '监管事项（主项）内容；修改时整体提交，形成新版本' })
export class RegItemInput implements CrossFieldRules {
  @Field({ description: '监管事项名称' }) @NotBlank('监管事项名称') @MaxChars('监管事项名称', 500)
  name!: string;

  @Field(() => String, { nullable: true, description: '对应的权力事项编码' }) @IsOptional() @MaxChars('权力事项编码', 100)
  powerItemCode?: string | null;

  @Field({ description: '监管部门名称' }) @NotBlank('监管部门名称') @MaxChars('监管部门名称', 200)
  deptName!: string;

  @Field({ description: '监管部门编码' }) @NotBlank('监管部门编码') @MaxChars('监管部门编码', 50)
  deptCode!: string;

  @Field({ description: '职能部门编码' }) @NotBlank('职能部门编码') @MaxChars('职能部门编码', 50)
  dutyCode!: string;

  @Field(() => String, { nullable: true, description: '业务条线编码' }) @IsOptional() @MaxChars('业务条线编码', 50)
  lineCode?: string | null;

  @Field(() => RegItemCategory, { description: '事项类型' })
  category!: RegItemCategory;

  @Field(() => String, { nullable: true, description: '对应许可事项编码' }) @IsOptional() @MaxChars('对应许可事项编码', 100)
  licenseItemCode?: string | null;

  @Field(() => String, { nullable: true, description: '对应许可事项类型' }) @IsOptional() @MaxChars('对应许可事项类型', 50)
  licenseItemType?: string | null;

  @Field(() => String, { nullable: true, description: '对应许可事项名称' }) @IsOptional() @MaxChars('对应许可事项名称', 500)
  licenseItemName?: string | null;

  @Field(() => Int, { defaultValue: 1, description: '事项状态：0 无效，1 有效' }) @IsIn([0, 1], STATUS)
  status!: number;

  @Field(() => [RegSubItemInput], { nullable: true, description: '子项；修改时不填则沿用上一版本的子项' })
  @IsOptional() @ValidateNested() @ArrayMaxSize(100, { message: '子项不能超过100个', context: { code: 'TOO_MANY' } })
  subItems?: RegSubItemInput[] | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;

  checkRules(problems: Problems): void {
    checkSubItemRules(this.subItems ?? [], problems);
  }
}

@InputType({ description: '新建监管事项' })
export class CreateRegItemInput extends RegItemInput {
  @Field({ description: '监管事项目录编码（14位数字）' }) @IsItemCode('监管事项目录编码')
  itemCode!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '生效日期（默认今天）' })
  effectiveFrom?: string | null;
}
