import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/** 应急预案 (domain.md §11.8): what a department does, step by step, when an incident of its field happens. */
@Entity({ tableName: 'contingency_plan' })
@Index({ properties: ['field', 'code', 'id'] })
@ObjectType({ description: '应急预案' })
@Directive('@key(fields: "id")')
export class ContingencyPlan extends BaseRecord {
  @Field({ description: '预案编码' })
  @Property({ length: 50 })
  @Unique()
  code!: string;

  @Field({ description: '标题' })
  @Property({ length: 300 })
  title!: string;

  @Field({ description: '领域（如 食品安全）' })
  @Property({ length: 50 })
  field!: string;

  @Field({ description: '响应级别（Ⅰ级 特别重大 … Ⅳ级 一般）' })
  @Property({ length: 50 })
  level!: string;

  @Field(() => [String], { description: '处置步骤' })
  @Property({ type: 'text[]' })
  steps!: string[];
}
