import { DecimalType, Embedded, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { Inspection } from './Inspection';
import { PenaltyClosing, PenaltyCollectiveDiscussion, PenaltyLegalReview, PenaltyLicenceRevoked } from './PenaltyParts';

/**
 * 行政处罚 (domain.md §3, §11.4). Every penalty hangs off an inspection; party, region and organisation
 * are copied from it so that lists filter without a join.
 */
@Entity({ tableName: 'penalty' })
@Index({ name: 'penalty_subject_decision_date_idx', expression: 'create index "penalty_subject_decision_date_idx" on "enforcement"."penalty" ("subject_id", "decision_date" desc, "id" desc)' })
@Index({ name: 'penalty_types_idx', expression: 'create index "penalty_types_idx" on "enforcement"."penalty" using gin ("penalty_types")' })
@Index({ name: 'penalty_basis_article_ids_idx', expression: 'create index "penalty_basis_article_ids_idx" on "enforcement"."penalty" using gin ("basis_article_ids")' })
@Index({ properties: ['decisionDate', 'id'] })
@Index({ properties: ['reportedAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['orgCode', 'decisionDate'] })
@ObjectType({ description: '行政处罚' })
@Directive('@key(fields: "id")')
export class Penalty extends BaseRecord<'reportedAt' | 'basisArticleIds' | 'major' | 'licenceRevoked' | 'legalReview' | 'collective' | 'closing'> {
  @ManyToOne(() => Inspection, { mapToPk: true, fieldName: 'inspection_id', index: true })
  @Field(() => ID, { description: '检查行为 id' })
  inspectionId!: string;

  @Field(() => String, { nullable: true, description: '案件编号' })
  @Property({ length: 100, nullable: true })
  caseNo?: string | null;

  @Field({ description: '处罚行为名称' })
  @Property({ length: 500 })
  actionName!: string;

  @Field({ description: '案件来源' })
  @Property({ length: 50 })
  caseSource!: string;

  @Field({ description: '违法事实' })
  @Property({ length: 400 })
  illegalFacts!: string;

  @Field({ description: '处罚依据' })
  @Property({ length: 400 })
  basis!: string;

  /** Ids of knowledge's LawArticle (`basisArticles`): given, or parsed from `basis` (see PenaltyResolver, penaltyIngest). */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', default: '{}' })
  basisArticleIds: string[] = [];

  @Field({ description: '处罚程序（简易、一般）' })
  @Property({ length: 4 })
  procedure!: string;

  @Field({ description: '是否听证' })
  @Property()
  hearing!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: '立案日期' })
  @Property({ type: 'date', nullable: true })
  filedAt?: string | null;

  @Field({ description: '是否涉刑案件' })
  @Property()
  criminal!: boolean;

  @Field({ description: '是否重大案件' })
  @Property({ default: false })
  major: boolean = false;

  @Field(() => PenaltyLegalReview, { nullable: true })
  @Embedded(() => PenaltyLegalReview, { object: true, nullable: true })
  legalReview?: PenaltyLegalReview | null;

  @Field(() => PenaltyCollectiveDiscussion, { nullable: true })
  @Embedded(() => PenaltyCollectiveDiscussion, { object: true, nullable: true })
  collective?: PenaltyCollectiveDiscussion | null;

  @Field({ description: '处罚决定书文号' })
  @Property({ length: 100 })
  @Unique()
  decisionNo!: string;

  @Field(() => LocalDateScalar, { description: '处罚决定日期' })
  @Property({ type: 'date' })
  decisionDate!: string;

  @Field(() => [String], { description: '处罚种类代码（01 警告 … 14 责令关闭）' })
  @Property({ type: 'text[]' })
  penaltyTypes!: string[];

  @Field(() => Float, { nullable: true, description: '罚款金额（元）' })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2, nullable: true })
  fineYuan?: number | null;

  @Field(() => Float, { nullable: true, description: '没收违法所得、非法财物金额（元）' })
  @Property({ type: new DecimalType('number'), precision: 18, scale: 2, nullable: true })
  confiscatedYuan?: number | null;

  @Field(() => PenaltyLicenceRevoked, { nullable: true })
  @Embedded(() => PenaltyLicenceRevoked, { object: true, nullable: true })
  licenceRevoked?: PenaltyLicenceRevoked | null;

  @Field({ description: '处罚结果' })
  @Property({ length: 1000 })
  resultText!: string;

  @Field({ description: '行政复议' })
  @Property({ length: 20 })
  reconsideration!: string;

  @Field({ description: '行政诉讼' })
  @Property({ length: 20 })
  litigation!: string;

  @Field(() => PenaltyClosing, { nullable: true })
  @Embedded(() => PenaltyClosing, { object: true, nullable: true })
  closing?: PenaltyClosing | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '移送日期' })
  @Property({ type: 'date', nullable: true })
  transferredAt?: string | null;

  @Field({ description: '报送时间' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  reportedAt: Date = new Date();

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
