import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';
import type { RuleDefinition } from '@hub/governance';

/** 校验规则集: the rules of one record type, versioned; a new version is a new row. */
@Entity({ tableName: 'rule_set' })
@Unique({ properties: ['recordType', 'ruleVersion'] })
@ObjectType({ description: '数据校验规则集（按数据类型分版本）' })
export class RuleSet extends BaseRecord {
  @Field({ description: '数据类型' })
  @Property({ length: 40 })
  recordType!: string;

  @Field(() => Int, { description: '版本号' })
  @Property()
  ruleVersion!: number;

  @Property({ type: 'jsonb' })
  rules!: RuleDefinition[];

  @Field(() => String, { nullable: true, description: '变更说明' })
  @Property({ length: 200, nullable: true })
  note?: string | null;

  @Field({ description: '创建人' })
  @Property({ length: 64 })
  createdBy!: string;
}
