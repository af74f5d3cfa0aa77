import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { Inspection } from './Inspection';

/** 其他监管行为 (domain.md §3, §11.4): 约谈、行政指导 …; may or may not follow an inspection. */
@Entity({ tableName: 'other_action' })
@Unique({ properties: ['orgCode', 'actionCode'] })
@Index({ properties: ['subjectId', 'start'] })
@Index({ properties: ['start', 'id'] })
@Index({ properties: ['orgCode', 'start'] })
@ObjectType({ description: '其他监管行为' })
@Directive('@key(fields: "id")')
export class OtherAction extends BaseRecord<'reportedAt'> {
  @ManyToOne(() => Inspection, { mapToPk: true, fieldName: 'inspection_id', nullable: true, index: true })
  @Field(() => ID, { nullable: true, description: '检查行为 id' })
  inspectionId?: string | null;

  @Field({ description: '行为编号' })
  @Property({ length: 50 })
  actionCode!: string;

  @Field({ description: '行为名称' })
  @Property({ length: 300 })
  actionName!: string;

  @Field({ description: '监管事项目录编码' })
  @Property({ length: 14 })
  itemCode!: string;

  @Field(() => String, { nullable: true, description: '事项来源' })
  @Property({ length: 50, nullable: true })
  source?: string | null;

  @Field(() => String, { nullable: true, description: '监管措施' })
  @Property({ length: 50, nullable: true })
  measure?: string | null;

  @Field(() => String, { nullable: true, description: '结案情况' })
  @Property({ length: 200, nullable: true })
  closing?: string | null;

  @Field(() => LocalDateScalar, { description: '开始日期' })
  @Property({ type: 'date' })
  start!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期' })
  @Property({ type: 'date', nullable: true })
  end?: string | null;

  @Field({ description: '报送时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  reportedAt: Date = new Date();

  @Field(() => ID, { nullable: true, description: '监管对象 id' })
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  @Field({ description: '行政相对人名称' })
  @Property({ length: 200 })
  partyName!: string;

  @Field({ description: '行政相对人证件类型' })
  @Property({ length: 3 })
  partyCertType!: string;

  /** Personal when the party is a natural person: exposed through `partyCertNo(reveal, reason)` (personal.ts). */
  @Property({ length: 64 })
  partyCertNo!: string;

  @Field({ description: '行政区划代码' })
  @Property({ length: 6 })
  adCode!: string;

  @Field({ description: '实施机构' })
  @Property({ length: 100 })
  orgName!: string;

  @Field({ description: '实施机构编码' })
  @Property({ length: 20 })
  orgCode!: string;
}
