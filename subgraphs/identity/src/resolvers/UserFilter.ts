import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';

@InputType({ description: '用户筛选条件（各条件同时满足）' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: '角色' })
  role?: string;

  @Field(() => String, { nullable: true, description: '所属部门编码' })
  dept?: string;

  @Field(() => String, { nullable: true, description: '区划：本级及所有下级（如 3301 为杭州市全部区县）' })
  @IsOptional() @Matches(/^\d{2,6}$/, { message: '区划前缀应为2至6位数字', context: { code: 'INVALID_AD_CODE' } })
  region?: string;

  @Field(() => String, { nullable: true, description: '登录名包含' })
  usernameContains?: string;

  @Field(() => Boolean, { nullable: true, description: '是否停用' })
  disabled?: boolean;
}
