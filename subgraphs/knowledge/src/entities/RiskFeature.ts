import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/** 风险指标 (domain.md §8 `#riskTree`): R01… dimensions with R0101… indicators under them. */
@Entity({ tableName: 'risk_feature' })
@ObjectType({ description: '风险预警指标' })
@Directive('@key(fields: "id")')
export class RiskFeature extends BaseRecord<'parentCode' | 'formula' | 'threshold' | 'window'> {
  @Field({ description: '指标编码（R01、R0101…）' })
  @Property({ length: 20 })
  @Unique()
  code!: string;

  @Field({ description: '名称' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: '上级指标编码' })
  @Property({ length: 20, nullable: true })
  @Index()
  parentCode?: string | null;

  @Field(() => Int, { description: '层级（1 维度，2 指标，3 子指标）' })
  @Property()
  depth!: number;

  @Field(() => String, { nullable: true, description: '计算公式' })
  @Property({ type: 'text', nullable: true })
  formula?: string | null;

  @Field(() => Float, { description: '在上级中的权重（同级之和为1）' })
  @Property({ type: 'double' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: '预警阈值' })
  @Property({ type: 'double', nullable: true })
  threshold?: number | null;

  @Field(() => String, { nullable: true, description: '统计窗口（ISO 8601 时长，如 P1Y、P3M）' })
  @Property({ length: 20, nullable: true })
  window?: string | null;
}
