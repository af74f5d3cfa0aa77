import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CrossFieldRules, LocalDateScalar, MaxChars, NotBlank, Problems } from '@hub/runtime';
import { COERCION_KINDS } from '../rules/vocabularies';

@InputType({ description: '新建行政强制；相对人、事项、实施机构取自所引用的检查' })
export class CoercionInput implements CrossFieldRules {
  @Field(() => ID, { description: '检查行为 id（须为已登记的行政检查）' })
  @IsUUID('all', { message: '检查行为 id 应为 UUID', context: { code: 'INSPECTION_NOT_FOUND' } })
  inspectionId!: string;

  @Field({ description: '强制行为编号' }) @NotBlank('强制行为编号') @MaxChars('强制行为编号', 50)
  actionCode!: string;

  @Field({ description: '强制行为名称' }) @NotBlank('强制行为名称') @MaxChars('强制行为名称', 400)
  actionName!: string;

  @Field({ description: '强制决定书号' }) @NotBlank('强制决定书号') @MaxChars('强制决定书号', 100)
  decisionNo!: string;

  @Field({ description: '行政强制种类（强制措施、强制执行）' })
  @IsIn(COERCION_KINDS, { message: '行政强制种类应为：强制措施、强制执行', context: { code: 'INVALID_ENUM' } })
  kind!: string;

  @Field(() => String, { nullable: true, description: '强制措施类型' }) @IsOptional() @MaxChars('强制措施类型', 100)
  measureType?: string | null;

  @Field(() => String, { nullable: true, description: '强制执行类型' }) @IsOptional() @MaxChars('强制执行类型', 100)
  execType?: string | null;

  @Field({ description: '强制依据' }) @NotBlank('强制依据') @MaxChars('强制依据', 1000)
  basis!: string;

  @Field({ description: '违法事实' }) @NotBlank('违法事实') @MaxChars('违法事实', 1000)
  facts!: string;

  @Field(() => String, { nullable: true, description: '强制结果' }) @IsOptional() @MaxChars('强制结果', 200)
  result?: string | null;

  @Field(() => LocalDateScalar, { description: '起始日期' })
  start!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '延长期限（延长至）' }) @IsOptional()
  extension?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期' }) @IsOptional()
  end?: string | null;

  @Field(() => Date, { nullable: true, description: '报送时间（不填为当前时间）' })
  reportedAt?: Date | null;

  checkRules(problems: Problems): void {
    problems.check(!this.end || this.start <= this.end, 'DATE_ORDER', 'end', '结束日期不能早于起始日期');
    problems.check(!this.extension || this.start <= this.extension, 'DATE_ORDER', 'extension', '延长期限不能早于起始日期');
  }
}
