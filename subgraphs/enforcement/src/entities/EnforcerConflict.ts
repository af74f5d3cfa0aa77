import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar, MaxChars, NotBlank } from '@hub/runtime';

/** 回避关系: a subject this enforcer must not inspect (until a date, or for good). Stored in a JSONB array. */
@ObjectType('EnforcerConflict', { description: '回避关系' })
@InputType('EnforcerConflictInput')
export class EnforcerConflict {
  @Field(() => ID, { description: '须回避的监管对象 id' })
  @IsUUID('all', { message: '回避对象 id 应为 UUID', context: { code: 'INVALID_ID' } })
  subjectId!: string;

  @Field({ description: '回避原因' }) @NotBlank('回避原因') @MaxChars('回避原因', 100)
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '回避截止日期（空为长期）' }) @IsOptional()
  until?: string | null;
}
