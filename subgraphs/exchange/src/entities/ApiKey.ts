import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/**
 * 接口密钥: how a department's own system pushes records (T+0) without a person's token. Only the SHA-256 of
 * the key is kept; the key itself is shown once, when it is made.
 */
@Entity({ tableName: 'api_key' })
@Index({ properties: ['deptCode', 'createdAt'] })
@ObjectType({ description: '部门接口密钥（用于系统推送数据）' })
export class ApiKey extends BaseRecord {
  @Field({ description: '所属部门编码' })
  @Property({ length: 20 })
  deptCode!: string;

  @Field({ description: '用途说明' })
  @Property({ length: 100 })
  name!: string;

  @Property({ length: 64 })
  @Unique()
  keyHash!: string;

  @Field({ description: '密钥前缀（用于辨认）' })
  @Property({ length: 12 })
  prefix!: string;

  @Field({ description: '创建人' })
  @Property({ length: 64 })
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: '停用时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '最近使用时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  lastUsedAt?: Date | null;
}
