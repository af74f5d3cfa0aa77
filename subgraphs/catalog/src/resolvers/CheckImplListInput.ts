import { Field, Float, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { CrossFieldRules, IsAdCode, IsImplListCode, IsItemCode, IsUscc, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { CheckContentType, ImplListEmphasis } from '../entities/catalogEnums';
import { checkContentRules, checkImplListCodeRules } from '../rules/implListRules';

const LEVEL = { message: '行使层级应为1至5（国家、省、市、县、乡镇）', context: { code: 'INVALID_EXEC_LEVEL' } };
const RATIO = { message: '抽查比例应在0到1之间', context: { code: 'INVALID_RATIO' } };

@InputType({ description: '检查内容' })
export class CheckContentInput {
  @Field({ description: '检查内容编码' }) @NotBlank('检查内容编码') @MaxChars('检查内容编码', 50)
  code!: string;

  @Field({ description: '检查内容' }) @NotBlank('检查内容') @MaxChars('检查内容', 2000)
  content!: string;

  @Field({ description: '操作要领和方法' }) @NotBlank('操作要领和方法') @MaxChars('操作要领和方法', 2000)
  method!: string;

  @Field({ description: '处罚依据' }) @NotBlank('处罚依据') @MaxChars('处罚依据', 2000)
  penaltyBasis!: string;

  @Field(() => String, { nullable: true, description: '处罚依据权力编码' }) @IsOptional() @MaxChars('处罚依据权力编码', 100)
  penaltyPowerCode?: string | null;

  @Field(() => CheckContentType, { description: '检查类型' })
  checkType!: CheckContentType;
}

@InputType({ description: '检查实施清单内容；修改时整体提交，形成新版本' })
export class CheckImplListInput implements CrossFieldRules {
  @Field({ description: '监管事项目录编码' }) @IsItemCode('监管事项目录编码')
  itemCode!: string;

  @Field(() => String, { nullable: true, description: '子项编码' }) @IsOptional() @MaxChars('子项编码', 50)
  subItemCode?: string | null;

  @Field({ description: '实施机构名称' }) @NotBlank('实施机构名称') @MaxChars('实施机构名称', 200)
  orgName!: string;

  @Field({ description: '实施机构统一社会信用代码' }) @IsUscc('实施机构统一社会信用代码')
  orgUscc!: string;

  @Field(() => Int, { description: '行使层级：1国家 2省 3市 4县 5乡镇' }) @Min(1, LEVEL) @Max(5, LEVEL)
  execLevel!: number;

  @Field({ description: '行政区划代码' }) @IsAdCode('行政区划代码')
  adCode!: string;

  @Field({ description: '检查方式' }) @NotBlank('检查方式') @MaxChars('检查方式', 200)
  checkMethod!: string;

  @Field(() => String, { nullable: true, description: '检查频次' }) @IsOptional() @MaxChars('检查频次', 200)
  checkFreq?: string | null;

  @Field({ description: '检查依据' }) @NotBlank('检查依据')
  checkBasis!: string;

  @Field({ description: '检查对象' }) @NotBlank('检查对象') @MaxChars('检查对象', 500)
  objects!: string;

  @Field({ description: '是否双随机抽查事项' })
  isRandomItem!: boolean;

  @Field(() => Float, { nullable: true, description: '抽查比例（0–1）' }) @IsOptional() @Min(0, RATIO) @Max(1, RATIO)
  randomRatio?: number | null;

  @Field(() => ImplListEmphasis, { nullable: true, description: '重点/一般检查事项' })
  keyOrGeneral?: ImplListEmphasis | null;

  @Field(() => [CheckContentInput], { nullable: true, description: '检查内容；修改时不填则沿用上一版本的检查内容' })
  @IsOptional() @ValidateNested() @ArrayMaxSize(200, { message: '检查内容不能超过200项', context: { code: 'TOO_MANY' } })
  contents?: CheckContentInput[] | null;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' }) @IsOptional() @MaxChars('数据来源部门编码', 50)
  sourceDept?: string | null;

  checkRules(problems: Problems): void {
    checkContentRules(this.contents ?? [], problems);
  }
}

@InputType({ description: '新建检查实施清单' })
export class CreateCheckImplListInput extends CheckImplListInput {
  @Field({ description: '检查实施清单编码（实施机构统一社会信用代码+行使层级1-5+序号）' }) @IsImplListCode('检查实施清单编码')
  code!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '生效日期（默认今天）' })
  effectiveFrom?: string | null;

  override checkRules(problems: Problems): void {
    super.checkRules(problems);
    checkImplListCodeRules(this.code, this, problems);
  }
}
