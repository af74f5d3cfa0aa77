import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { Inspection } from './Inspection';

/** 行政强制 (domain.md §3, §11.4): 强制措施 or 强制执行, always following an inspection. */
@Entity({ tableName: 'coercion' })
@Unique({ properties: ['orgCode', 'actionCode'] })
@Index({ name: 'coercion_subject_start_idx', expression: 'create index "coercion_subject_start_idx" on "enforcement"."coercion" ("subject_id", "start" desc, "id" desc)' })
@Index({ properties: ['start', 'id'] })
@Index({ properties: ['orgCode', 'start'] })
@ObjectType({ description: '行政强制' })
@Directive('@key(fields: "id")')
export class Coercion extends BaseRecord<'reportedAt'> {
  @ManyToOne(() => Inspection, { mapToPk: true, fieldName: 'inspection_id', index: true })
  @Field(() => ID, { description: '检查行为 id' })
  inspectionId!: string;

  @Field({ description: '强制行为编号' })
  @Property({ length: 50 })
  actionCode!: string;

  @Field({ description: '强制行为名称' })
  @Property({ length: 400 })
  actionName!: string;

  @Field({ description: '强制决定书号' })
  @Property({ length: 100 })
  decisionNo!: string;

  @Field({ description: '行政强制种类（强制措施、强制执行）' })
  @Property({ length: 4 })
  kind!: string;

  @Field(() => String, { nullable: true, description: '强制措施类型' })
  @Property({ length: 100, nullable: true })
  measureType?: string | null;

  @Field(() => String, { nullable: true, description: '强制执行类型' })
  @Property({ length: 100, nullable: true })
  execType?: string | null;

  @Field({ description: '强制依据' })
  @Property({ length: 1000 })
  basis!: string;

  @Field({ description: '违法事实' })
  @Property({ length: 1000 })
  facts!: string;

  @Field(() => String, { nullable: true, description: '强制结果' })
  @Property({ length: 200, nullable: true })
  result?: string | null;

  @Field(() => LocalDateScalar, { description: '起始日期' })
  @Property({ type: 'date' })
  start!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '延长期限（延长至）' })
  @Property({ type: 'date', nullable: true })
  extension?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期' })
  @Property({ type: 'date', nullable: true })
  end?: string | null;

  @Field({ description: '报送时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  reportedAt: Date = new Date();

  @Field({ description: '监管事项目录编码（来自检查）' })
  @Property({ length: 14 })
  itemCode!: string;

  @Field(() => ID, { nullable: true, description: '监管对象 id（来自检查）' })
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  @Field({ description: '行政相对人名称（来自检查）' })
  @Property({ length: 200 })
  partyName!: string;

  /** Personal when the party is a natural person: exposed through `partyCertNo(reveal, reason)` (personal.ts). */
  @Property({ length: 64 })
  partyCertNo!: string;

  @Field({ description: '行政区划代码（来自检查）' })
  @Property({ length: 6 })
  adCode!: string;

  @Field({ description: '实施机构（来自检查）' })
  @Property({ length: 100 })
  orgName!: string;

  @Field({ description: '实施机构编码（来自检查）' })
  @Property({ length: 20 })
  orgCode!: string;
}
