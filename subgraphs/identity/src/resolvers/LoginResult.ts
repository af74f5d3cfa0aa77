import { PUBLIC_TAG } from '@hub/runtime';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Who signed in, as the portal shows it. The name is personal and stays out of the public contract. */
@ObjectType({ description: '登录用户' })
@Directive(PUBLIC_TAG)
export class LoginUser {
  @Field(() => ID) @Directive(PUBLIC_TAG) id!: string;
  @Field({ description: '登录名' }) @Directive(PUBLIC_TAG) username!: string;
  @Field({ description: '姓名' }) name!: string;
  @Field({ description: '角色' }) @Directive(PUBLIC_TAG) role!: string;
  @Field(() => String, { nullable: true, description: '所属部门编码' }) @Directive(PUBLIC_TAG) dept!: string | null;
  @Field(() => String, { nullable: true, description: '所属部门名称' }) @Directive(PUBLIC_TAG) deptName!: string | null;
  @Field({ description: '所属行政区划代码' }) @Directive(PUBLIC_TAG) region!: string;
}

@ObjectType({ description: '登录结果：访问令牌（放入 Authorization: Bearer 请求头）' })
@Directive(PUBLIC_TAG)
export class LoginResult {
  @Field({ description: '访问令牌（JWT，ES256 签名）' }) @Directive(PUBLIC_TAG) token!: string;
  @Field({ description: '令牌类型，固定为 Bearer' }) @Directive(PUBLIC_TAG) tokenType!: string;
  @Field({ description: '令牌过期时间' }) @Directive(PUBLIC_TAG) expiresAt!: Date;
  @Field(() => LoginUser) @Directive(PUBLIC_TAG) user!: LoginUser;
}
