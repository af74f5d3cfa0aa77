import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';

/**
 * 行政检查 (domain.md §3, §11.4). Penalties and coercions hang off an inspection; the inspectors are
 * rows of `inspection_inspector`. `subjectId` links to the subjects library when the party is known there.
 */
@Entity({ tableName: 'inspection' })
@Unique({ properties: ['orgCode', 'actionCode'] })
@Index({ name: 'inspection_subject_check_date_idx', expression: 'create index "inspection_subject_check_date_idx" on "enforcement"."inspection" ("subject_id", "check_date" desc, "id" desc)' })
@Index({ name: 'inspection_ad_code_prefix_idx', expression: 'create index "inspection_ad_code_prefix_idx" on "enforcement"."inspection" ("ad_code" text_pattern_ops, "id")' })
@Index({ properties: ['checkDate', 'id'] })
@Index({ properties: ['reportedAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['itemCode', 'checkDate'] })
@Index({ properties: ['implListCode', 'checkDate'] })
@Index({ properties: ['checkCategory', 'checkDate'] })
@Index({ properties: ['result', 'checkDate'] })
@ObjectType({ description: '行政检查' })
@Directive('@key(fields: "id")')
export class Inspection extends BaseRecord<'reportedAt'> {
  @Field({ description: '检查行为编号（同一实施机构内唯一）' })
  @Property({ length: 50 })
  actionCode!: string;

  @Field({ description: '检查行为名称' })
  @Property({ length: 500 })
  actionName!: string;

  @Field({ description: '监管事项目录编码' })
  @Property({ length: 14 })
  itemCode!: string;

  @Field({ description: '检查实施清单编码' })
  @Property({ length: 40 })
  implListCode!: string;

  @Field(() => String, { nullable: true, description: '双随机一公开计划 id' })
  @Property({ length: 64, nullable: true })
  planId?: string | null;

  @Field({ description: '实施机构' })
  @Property({ length: 100 })
  orgName!: string;

  @Field({ description: '实施机构编码' })
  @Property({ length: 20 })
  orgCode!: string;

  @Field(() => String, { nullable: true, description: '受委托部门' })
  @Property({ length: 100, nullable: true })
  entrustedDept?: string | null;

  @Field(() => String, { nullable: true, description: '受委托部门编码' })
  @Property({ length: 20, nullable: true })
  entrustedCode?: string | null;

  @Field({ description: '监管对象类型（1 企业、个体户、农专社 … 11 其他）' })
  @Property({ length: 2 })
  objectType!: string;

  @Field({ description: '行政相对人名称' })
  @Property({ length: 200 })
  partyName!: string;

  @Field({ description: '行政相对人性质' })
  @Property({ length: 20 })
  partyNature!: string;

  @Field({ description: '行政相对人证件类型（001 统一社会信用代码，111 居民身份证…）' })
  @Property({ length: 3 })
  partyCertType!: string;

  /** Personal when the party is a natural person: exposed through `partyCertNo(reveal, reason)` (personal.ts). */
  @Property({ length: 64 })
  @Index()
  partyCertNo!: string;

  @Field(() => String, { nullable: true, description: '注册地址' })
  @Property({ length: 400, nullable: true })
  regAddress?: string | null;

  @Field(() => String, { nullable: true, description: '经营地址' })
  @Property({ length: 400, nullable: true })
  bizAddress?: string | null;

  @Field({ description: '行政区划代码（GB/T 2260）' })
  @Property({ length: 6 })
  adCode!: string;

  @Field({ description: '检查形式' })
  @Property({ length: 20 })
  checkForm!: string;

  @Field({ description: '检查类别（日常、双随机、专项、投诉举报、其他）' })
  @Property({ length: 10 })
  checkCategory!: string;

  @Field(() => String, { nullable: true, description: '检查方式' })
  @Property({ length: 20, nullable: true })
  checkMode?: string | null;

  @Field({ description: '检查结果' })
  @Property({ length: 200 })
  result!: string;

  @Field(() => LocalDateScalar, { description: '检查日期' })
  @Property({ type: 'date' })
  checkDate!: string;

  @Field({ description: '报送时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  reportedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '报送人员' })
  @Property({ length: 50, nullable: true })
  reportedBy?: string | null;

  @Field(() => ID, { nullable: true, description: '监管对象 id（监管对象库）' })
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;
}
