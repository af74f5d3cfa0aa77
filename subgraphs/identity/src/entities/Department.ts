import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/** 监管部门 (department registry): a department of the city, known across the hub by its code (e.g. SCJG). */
@Entity({ tableName: 'department' })
@ObjectType({ description: '监管部门' })
export class Department extends BaseRecord {
  @Field({ description: '部门编码（如 SCJG）' })
  @Property({ length: 20 })
  @Unique()
  code!: string;

  @Field({ description: '部门名称' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: '部门简称' })
  @Property({ length: 50 })
  shortName!: string;

  @Field({ description: '统一社会信用代码' })
  @Property({ length: 18 })
  uscc!: string;
}
