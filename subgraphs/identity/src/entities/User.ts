import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ASSIGNABLE_ROLES, BaseRecord, type Role } from '@hub/runtime';

/**
 * 用户: a person who signs in to the work portal, with the role, department and region that decide what they
 * see. `passwordHash` is for the built-in identity provider only (null for people who only sign in through an
 * external OIDC provider, bound by `oidcSubject`); it is never a GraphQL field.
 */
@Entity({ tableName: 'user_account' })
@Index({ name: 'user_account_region_prefix_idx', expression: 'create index "user_account_region_prefix_idx" on "identity"."user_account" ("region" text_pattern_ops, "username")' })
@ObjectType({ description: '用户' })
export class User extends BaseRecord<'disabled' | 'failedLogins'> {
  @Field({ description: '登录名' })
  @Property({ length: 64 })
  @Unique()
  username!: string;

  @Field({ description: '姓名' })
  @Property({ length: 50 })
  name!: string;

  @Field(() => String, { description: '角色：staff 部门工作人员，leader 部门领导，city_admin 市级管理员，province_admin 省级管理员，auditor 审计员' })
  @Enum({ items: () => ASSIGNABLE_ROLES as string[] })
  role!: Role;

  @Field(() => String, { name: 'dept', nullable: true, description: '所属部门编码' })
  @Property({ length: 20, nullable: true })
  @Index()
  deptCode?: string | null;

  @Field({ description: '所属行政区划代码（6位；可见范围为本级及下级）' })
  @Property({ length: 6 })
  region!: string;

  @Property({ length: 200, nullable: true, lazy: true })
  passwordHash?: string | null;

  @Field(() => String, { nullable: true, description: '绑定的外部统一身份认证（OIDC）用户标识 sub' })
  @Property({ length: 255, nullable: true })
  @Unique()
  oidcSubject?: string | null;

  @Field({ description: '是否停用' })
  @Property({ default: false })
  disabled: boolean = false;

  @Field(() => Int, { description: '连续登录失败次数' })
  @Property({ default: 0 })
  failedLogins: number = 0;

  @Field(() => Date, { nullable: true, description: '锁定截止时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  lockedUntil?: Date | null;

  @Field(() => Date, { nullable: true, description: '最近登录时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  lastLoginAt?: Date | null;
}
