import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar, PUBLIC_TAG } from '@hub/runtime';
import { PublicityStatus } from './creditEnums';
import { publishDeadline } from '../rules/workingDays';

/**
 * 双公示 行政处罚 in the 信用中国 exchange format (domain.md §4, §11.6). Amounts are in 万元 with six
 * decimals (numeric(18,6)), unlike the 元 of the enforcement library; they travel as decimal strings so
 * that no digit is lost to floating point.
 */
@Entity({ tableName: 'penalty_publicity' })
@Unique({ name: 'penalty_publicity_authority_decision_no_unique', properties: ['authorityUscc', 'decisionNo'] })
@Index({ properties: ['uscc', 'decisionDate', 'id'] })
@Index({ properties: ['decisionDate', 'id'] })
@Index({ properties: ['publishedAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
// Late publications are a small minority that supervisors list on their own.
@Index({
  name: 'penalty_publicity_late_idx',
  expression: 'create index "penalty_publicity_late_idx" on "credit"."penalty_publicity" ("decision_date", "id") where "published_at" > "publish_deadline"',
})
@ObjectType({ description: '双公示·行政处罚信息' })
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class PenaltyPublicity extends BaseRecord<'status' | 'publishDeadline'> {
  // In the schema through a field resolver: a natural person's name is masked for the public.
  @Property({ length: 200 })
  partyName!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '行政相对人类别（法人及非法人组织、自然人、个体工商户）' })
  @Property({ length: 20 })
  partyCategory!: string;

  /** Personal when the party is a natural person: served by PublicityPersonalFields (masked unless revealed). */
  @Property({ length: 18, nullable: true })
  uscc?: string | null;

  /** Personal when the party is a natural person: served by PublicityPersonalFields (masked unless revealed). */
  @Property({ length: 50, nullable: true })
  regNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '组织机构代码' })
  @Property({ length: 10, nullable: true })
  orgCode?: string | null;

  /** Personal when the party is a natural person: served by PublicityPersonalFields (masked unless revealed). */
  @Property({ length: 50, nullable: true })
  taxNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '事业单位证书号' })
  @Property({ length: 50, nullable: true })
  instCertNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '社会组织登记证号' })
  @Property({ length: 50, nullable: true })
  socialOrgNo?: string | null;

  // Not in the public contract: a legal representative's name is a natural person's personal data.
  @Field(() => String, { nullable: true, description: '法定代表人' })
  @Property({ length: 50, nullable: true })
  legalRep?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人证件类型' })
  @Property({ length: 20, nullable: true })
  legalRepCertType?: string | null;

  /** Personal: served by PublicityPersonalFields (masked unless revealed). */
  @Property({ length: 64, nullable: true })
  legalRepCertNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '行政处罚决定书文号' })
  @Property({ length: 128 })
  decisionNo!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '违法行为类型' })
  @Property({ type: 'text' })
  illegalType!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '违法事实' })
  @Property({ type: 'text' })
  illegalFacts!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '处罚依据' })
  @Property({ type: 'text' })
  basis!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '处罚类别' })
  @Property({ length: 256 })
  penaltyCategory!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '处罚内容' })
  @Property({ type: 'text' })
  content!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '罚款金额（万元，最多6位小数）' })
  @Property({ type: 'decimal', precision: 18, scale: 6, nullable: true })
  fineWan?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '没收违法所得、没收非法财物的金额（万元，最多6位小数）' })
  @Property({ type: 'decimal', precision: 18, scale: 6, nullable: true })
  confiscatedWan?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '暂扣或吊销证照名称及编号' })
  @Property({ length: 200, nullable: true })
  licenceInfo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '处罚决定日期' })
  @Property({ type: 'date' })
  decisionDate!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '处罚有效期' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '公示截止期' })
  @Property({ type: 'date' })
  publicUntil!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '公示日期' })
  @Property({ type: 'date' })
  publishedAt!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '应公示期限：处罚决定日期后第7个工作日' })
  @Property({ type: 'date' })
  publishDeadline!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '处罚机关' })
  @Property({ length: 200 })
  authority!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '处罚机关统一社会信用代码' })
  @Property({ length: 18 })
  authorityUscc!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '数据来源单位' })
  @Property({ length: 200 })
  dataSource!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '数据来源单位统一社会信用代码' })
  @Property({ length: 18 })
  dataSourceUscc!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => PublicityStatus, { description: '公示状态' })
  @Enum({ items: () => PublicityStatus, default: PublicityStatus.normal })
  @Index()
  status: PublicityStatus = PublicityStatus.normal;

  @Field(() => ID, { nullable: true, description: '对应监管行为库中行政处罚记录的 id' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  penaltyId?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '备注' })
  @Property({ length: 512, nullable: true })
  remark?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '是否在处罚决定后7个工作日内公示' })
  publishedOnTime(): boolean {
    return this.publishedAt <= publishDeadline(this.decisionDate);
  }
}
