import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsAdCode, MaxChars, NotBlank } from '@hub/runtime';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const usernameRule = Matches(USERNAME, { message: '登录名应为3至64位小写字母、数字或 . _ -，以字母或数字开头', context: { code: 'INVALID_USERNAME' } });
const regionRule = Matches(/^\d{6}$/, { message: '所属区划应为6位行政区划代码', context: { code: 'INVALID_AD_CODE' } });

@InputType({ description: '新建用户' })
export class CreateUserInput {
  @Field({ description: '登录名（小写字母、数字、. _ -）' }) @usernameRule
  username!: string;

  @Field({ description: '姓名' }) @NotBlank('姓名') @MaxChars('姓名', 50)
  name!: string;

  @Field({ description: '角色：staff、leader、city_admin、province_admin、auditor' })
  role!: string;

  @Field(() => String, { nullable: true, description: '所属部门编码（部门工作人员、部门领导必填）' }) @IsOptional() @MaxChars('部门编码', 20)
  dept?: string | null;

  @Field({ description: '所属行政区划代码（6位）' }) @regionRule @IsAdCode('所属区划')
  region!: string;

  @Field(() => String, { nullable: true, description: '初始密码（至少8位，含字母和数字）；不填则只能通过外部统一身份认证登录' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: '外部统一身份认证（OIDC）用户标识 sub' }) @IsOptional() @NotBlank('外部身份标识') @MaxChars('外部身份标识', 255)
  oidcSubject?: string | null;
}

@InputType({ description: '修改用户：只改给出的字段；dept、oidcSubject 传 null 表示清除' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: '姓名' }) @IsOptional() @NotBlank('姓名') @MaxChars('姓名', 50)
  name?: string;

  @Field(() => String, { nullable: true, description: '角色' })
  role?: string;

  @Field(() => String, { nullable: true, description: '所属部门编码' }) @IsOptional() @MaxChars('部门编码', 20)
  dept?: string | null;

  @Field(() => String, { nullable: true, description: '所属行政区划代码（6位）' }) @IsOptional() @regionRule @IsAdCode('所属区划')
  region?: string;

  @Field(() => String, { nullable: true, description: '外部统一身份认证（OIDC）用户标识 sub' }) @IsOptional() @NotBlank('外部身份标识') @MaxChars('外部身份标识', 255)
  oidcSubject?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否停用' })
  disabled?: boolean;
}
