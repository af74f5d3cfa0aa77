import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/** 执法机关: one organ of a department (the city bureau or a county branch), with its own USCC and division. */
@Entity({ tableName: 'organ' })
@ObjectType({ description: '部门所属机关（市局或区县分局）' })
export class Organ extends BaseRecord {
  @Field({ description: '所属部门编码' })
  @Property({ length: 20 })
  @Index()
  deptCode!: string;

  @Field({ description: '统一社会信用代码' })
  @Property({ length: 18 })
  @Unique()
  uscc!: string;

  @Field({ description: '机关名称' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: '所在行政区划代码' })
  @Property({ length: 6 })
  adCode!: string;
}
