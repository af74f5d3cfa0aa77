import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType({ description: '行政强制、其他监管行为的筛选条件（各条件同时满足）' })
export class ActionListFilter {
  @Field(() => ID, { nullable: true, description: '监管对象 id' })
  @IsOptional() @IsUUID('all', { message: '监管对象 id 应为 UUID', context: { code: 'INVALID_ID' } })
  subjectId?: string;

  @Field(() => ID, { nullable: true, description: '检查行为 id' })
  @IsOptional() @IsUUID('all', { message: '检查行为 id 应为 UUID', context: { code: 'INVALID_ID' } })
  inspectionId?: string;

  @Field(() => String, { nullable: true, description: '实施机构编码' }) orgCode?: string;
}
