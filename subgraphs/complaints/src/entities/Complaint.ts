import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { ComplaintChannel, ComplaintKind, ComplaintStatus } from './ComplaintEnums';

/**
 * 投诉举报 (domain.md §4, §11.5; #lhjg complaintInfo/tipInfo). The complainant's phone and the hash of the
 * public 查询码 are stored but have no GraphQL field: only the masked phone leaves this library.
 */
@Entity({ tableName: 'complaint' })
@Index({ name: 'complaint_subject_received_idx', expression: 'create index "complaint_subject_received_idx" on "complaints"."complaint" ("subject_id", "received_at" desc, "id" desc)' })
@Index({ name: 'complaint_territory_prefix_idx', expression: 'create index "complaint_territory_prefix_idx" on "complaints"."complaint" ("territory" text_pattern_ops, "id")' })
@Index({ properties: ['receivedAt', 'id'] })
@Index({ properties: ['dueAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({ description: '投诉举报' })
@Directive('@key(fields: "id")')
export class Complaint extends BaseRecord<'status'> {
  @Field({ description: '投诉举报编号（TS+受理日期+7位序号）' })
  @Property({ length: 32 })
  @Unique()
  no!: string;

  @Field(() => ComplaintKind, { description: '诉求类型' })
  @Enum({ items: () => ComplaintKind })
  @Index()
  kind!: ComplaintKind;

  @Field(() => ComplaintChannel, { description: '受理渠道' })
  @Enum({ items: () => ComplaintChannel })
  @Index()
  channel!: ComplaintChannel;

  @Field({ description: '受理时间' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: '投诉人姓名' })
  @Property({ length: 50, nullable: true })
  complainantName?: string | null;

  /** Raw phone as given: deliberately no GraphQL field (see `complainantPhoneMasked`). */
  @Property({ length: 20, nullable: true })
  complainantPhone?: string | null;

  /** sha256 of the 查询码 given once on create; null for imported and seeded complaints. */
  @Property({ length: 64, nullable: true })
  queryCodeHash?: string | null;

  @Field({ description: '被投诉举报对象名称' })
  @Property({ length: 200 })
  targetName!: string;

  @Field(() => String, { nullable: true, description: '被投诉举报对象证件号码（统一社会信用代码等）' })
  @Property({ length: 64, nullable: true })
  targetCertNo?: string | null;

  @Field(() => ID, { nullable: true, description: '被投诉举报的监管对象 id' })
  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  @Field({ description: '所属区划（GB/T 2260）' })
  @Property({ length: 6 })
  territory!: string;

  @Field(() => String, { nullable: true, description: '服务类型（商品/服务）' })
  @Property({ length: 50, nullable: true })
  serviceType?: string | null;

  @Field(() => String, { nullable: true, description: '商品或服务名称' })
  @Property({ length: 100, nullable: true })
  serviceName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '争议发生日期' })
  @Property({ type: 'date', nullable: true })
  disputeDate?: string | null;

  @Field({ description: '诉求内容' })
  @Property({ length: 2000 })
  detail!: string;

  @Field(() => String, { nullable: true, description: '监管事项编码（14位）' })
  @Property({ length: 14, nullable: true })
  itemCode?: string | null;

  @Field({ description: '承办单位' })
  @Property({ length: 200 })
  @Index()
  assignedOrg!: string;

  @Field(() => ComplaintStatus, { description: '办理状态' })
  @Enum({ items: () => ComplaintStatus, default: ComplaintStatus.accepted })
  @Index()
  status: ComplaintStatus = ComplaintStatus.accepted;

  @Field(() => LocalDateScalar, { description: '办理时限（默认受理后15个工作日）' })
  @Property({ type: 'date' })
  dueAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '办结日期' })
  @Property({ type: 'date', nullable: true })
  closedAt?: string | null;

  @Field(() => String, { nullable: true, description: '办理结果' })
  @Property({ length: 1000, nullable: true })
  result?: string | null;

  /** Closed after its due date; kept by PostgreSQL so the overdue filter is a plain indexed condition. */
  @Property({ type: 'boolean', nullable: true, generated: '(closed_at > due_at) stored' })
  @Index()
  closedLate?: boolean | null;

  @Field(() => Int, { nullable: true, description: '满意度（1-5）' })
  @Property({ type: 'smallint', nullable: true })
  satisfaction?: number | null;
}
