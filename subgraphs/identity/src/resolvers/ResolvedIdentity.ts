import { Field, ID, ObjectType } from 'type-graphql';

/** The user behind a verified token, as the gateway puts it into the signed user context. */
@ObjectType({ description: '令牌对应的用户（供网关使用）' })
export class ResolvedIdentity {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() name!: string;
  @Field({ description: '角色' }) role!: string;
  @Field(() => String, { nullable: true, description: '所属部门编码' }) dept!: string | null;
  @Field(() => String, { nullable: true, description: '所属部门名称' }) deptName!: string | null;
  @Field({ description: '所属行政区划代码' }) region!: string;
  @Field(() => [String], { description: '所属部门全部机关（市局、区县分局）的统一社会信用代码' }) orgs!: string[];
  @Field({ description: '是否停用（停用的用户由网关拒绝）' }) disabled!: boolean;
}
