import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_TAG } from '../federation/publicTag';
import { randomUUID } from 'node:crypto';

/** Properties every record fills by default. */
export type BaseOptional = 'id' | 'createdAt' | 'updatedAt' | 'version' | 'dataStatus' | 'sourceDept';

export enum DataStatus {
  normal = 'normal',
  revoked = 'revoked',
  deleted = 'deleted',
}
registerEnumType(DataStatus, { name: 'DataStatus', description: '数据状态：正常/撤销/删除' });

/** Columns every record of every library carries (domain.md §11): identity, audit times, source, status. */
@Entity({ abstract: true })
// Not in the schema by itself: type-graphql emits only types that resolvers reach; subclasses inherit the fields.
@ObjectType()
export abstract class BaseRecord<Optional extends string = never> {
  /** Columns with defaults: callers of `em.create` need not give them; subclasses name theirs in `Optional`. */
  [OptionalProps]?: BaseOptional | Optional;

  @Field(() => ID)
  // Public wherever its type is: the contract keeps it only on types that are tagged themselves.
  @Directive(PUBLIC_TAG)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '创建时间' })
  // Millisecond precision, like JavaScript dates: keyset cursors must be able to name the exact value.
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: '更新时间' })
  @Index()
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: '版本号（乐观锁，每次修改加一）' })
  @Property({ version: true })
  version!: number;

  @Field(() => String, { nullable: true, description: '数据来源部门编码' })
  @Property({ type: 'string', length: 50, nullable: true })
  sourceDept?: string | null;

  @Field(() => DataStatus, { description: '数据状态' })
  @Enum({ items: () => DataStatus, default: DataStatus.normal })
  dataStatus: DataStatus = DataStatus.normal;
}
