import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/**
 * 增量采集: a department database table read incrementally. `sourceQuery` selects the records with columns
 * named as the national headers (or field names); rows are taken in order of `watermarkColumn` (an update
 * timestamp or an increasing id), then `idColumn` to break ties, from after the stored watermark.
 */
@Entity({ tableName: 'collector' })
@ObjectType({ description: '增量采集任务' })
export class Collector extends BaseRecord<'enabled'> {
  @Field({ description: '名称' })
  @Property({ length: 60 })
  @Unique()
  name!: string;

  @Field({ description: '部门编码' })
  @Property({ length: 20 })
  deptCode!: string;

  @Field({ description: '数据类型' })
  @Property({ length: 40 })
  recordType!: string;

  /** Connection string of the department's database (a secret: not in the schema). */
  @Property({ length: 500 })
  sourceUrl!: string;

  @Property({ type: 'text' })
  sourceQuery!: string;

  @Field({ description: '水位列（更新时间或自增编号）' })
  @Property({ length: 60 })
  watermarkColumn!: string;

  @Field({ description: '并列时的排序列（主键）' })
  @Property({ length: 60 })
  idColumn!: string;

  @Field(() => String, { nullable: true, description: '已采集到的水位' })
  @Property({ length: 100, nullable: true })
  watermark?: string | null;

  @Field(() => String, { nullable: true, description: '已采集到的最后一行主键' })
  @Property({ length: 100, nullable: true })
  lastId?: string | null;

  @Field({ description: '是否启用' })
  @Property({ default: true })
  enabled: boolean = true;

  @Field(() => Date, { nullable: true, description: '最近运行时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  lastRunAt?: Date | null;
}
