import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { CrossFieldRules, IsAdCode, IsCitizenId, IsUscc, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { EnforcerStatus } from '../entities/EnforcerStatus';
import { EnforcerConflict } from '../entities/EnforcerConflict';

/** What create and update share; the ID number is handled apart since it is never read back. */
@InputType()
export abstract class EnforcerFields implements CrossFieldRules {
  @Field({ description: '姓名' }) @NotBlank('姓名') @MaxChars('姓名', 50)
  name!: string;

  @Field({ description: '执法证号（4至32个字符，全局唯一）' })
  @Length(4, 32, { message: '执法证号长度应为4至32个字符', context: { code: 'INVALID_CERT_NO' } })
  certNo!: string;

  @Field({ description: '发证机关' }) @NotBlank('发证机关') @MaxChars('发证机关', 100)
  certIssuer!: string;

  @Field(() => LocalDateScalar, { description: '执法证有效期起' })
  certValidFrom!: string;

  @Field(() => LocalDateScalar, { description: '执法证有效期止' })
  certValidTo!: string;

  @Field(() => [String], { description: '执法领域' })
  @ArrayMinSize(1, { message: '执法领域至少填写一项', context: { code: 'REQUIRED' } })
  @ArrayMaxSize(20, { message: '执法领域不能超过20项', context: { code: 'TOO_MANY' } })
  fields!: string[];

  @Field({ description: '所属执法主体名称' }) @NotBlank('所属执法主体名称') @MaxChars('所属执法主体名称', 100)
  orgName!: string;

  @Field({ description: '所属执法主体统一社会信用代码' }) @IsUscc('所属执法主体统一社会信用代码')
  orgUscc!: string;

  @Field({ description: '行政区划代码（GB/T 2260）' }) @IsAdCode('行政区划代码')
  adCode!: string;

  @Field(() => EnforcerStatus, { defaultValue: EnforcerStatus.active, description: '状态' })
  status!: EnforcerStatus;

  @Field({ defaultValue: false, description: '是否专家' })
  isExpert!: boolean;

  @Field(() => [EnforcerConflict], { nullable: true, description: '回避关系' })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(200, { message: '回避关系不能超过200条', context: { code: 'TOO_MANY' } })
  conflicts?: EnforcerConflict[] | null;

  checkRules(problems: Problems): void {
    problems.check(!this.certValidFrom || !this.certValidTo || this.certValidFrom <= this.certValidTo,
      'DATE_ORDER', 'certValidTo', '执法证有效期止不能早于有效期起');
    problems.check(this.fields.every((f) => f.trim().length > 0 && [...f].length <= 50),
      'INVALID_INPUT', 'fields', '执法领域每项应为1至50个字符');
  }
}

@InputType({ description: '新建执法人员' })
export class CreateEnforcerInput extends EnforcerFields {
  @Field({ description: '公民身份号码（GB 11643，只保存脱敏形式与摘要）' }) @IsCitizenId('公民身份号码')
  idNo!: string;
}

@InputType({ description: '修改执法人员：带上读取时的 version' })
export class UpdateEnforcerInput extends EnforcerFields {
  @Field(() => String, { nullable: true, description: '新的公民身份号码（不填则不变）' }) @IsOptional() @IsCitizenId('公民身份号码')
  idNo?: string | null;

  @Field(() => Int, { description: '读取时的版本号' })
  expectedVersion!: number;
}
