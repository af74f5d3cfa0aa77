import { Embedded, Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';
import { SubjectKind } from './SubjectKind';
import { EquipmentInfo, LegalPersonInfo, NaturalPersonInfo, PlaceInfo, ProductInfo, ProjectInfo } from './SubjectDetails';

/**
 * 监管对象 (domain.md §11.2). Other libraries know a subject by `id`, and departments by its
 * certificate number (统一社会信用代码 or 身份证号), hence the two keys.
 */
@Entity({ tableName: 'subject' })
@Index({ name: 'subject_ad_code_prefix_idx', expression: 'create index "subject_ad_code_prefix_idx" on "subjects"."subject" ("ad_code" text_pattern_ops, "id")' })
@Index({ name: 'subject_industry_prefix_idx', expression: 'create index "subject_industry_prefix_idx" on "subjects"."subject" ("industry_code" text_pattern_ops, "id")' })
@Index({ name: 'subject_tags_idx', expression: 'create index "subject_tags_idx" on "subjects"."subject" using gin ("tags")' })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
// Deliveries of a department by month (data quality).
@Index({ properties: ['sourceDept', 'createdAt'] })
@ObjectType({ description: '监管对象' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "certNo")')
export class Subject extends BaseRecord<'tags'> {
  @Field(() => SubjectKind, { description: '监管对象类别' })
  @Enum({ items: () => SubjectKind })
  @Index()
  kind!: SubjectKind;

  @Field({ description: '名称' })
  @Property({ length: 200 })
  name!: string;

  @Field({ description: '证件类型（001 统一社会信用代码，111 居民身份证…）' })
  @Property({ length: 3 })
  certType!: string;

  // Served by SubjectPrivacyResolver: a natural person's number is masked (see certNoFull).
  @Field({ description: '证件号码（特定自然人的证件号码脱敏显示，完整号码见 certNoFull）' })
  @Property({ length: 64 })
  @Unique()
  certNo!: string;

  @Field({ description: '行政区划代码（GB/T 2260）' })
  @Property({ length: 6 })
  adCode!: string;

  @Field(() => String, { nullable: true, description: '注册地址' })
  @Property({ length: 400, nullable: true })
  regAddress?: string | null;

  @Field(() => String, { nullable: true, description: '经营地址' })
  @Property({ length: 400, nullable: true })
  bizAddress?: string | null;

  @Field(() => String, { nullable: true, description: '国民经济行业分类代码（GB/T 4754）' })
  @Property({ length: 5, nullable: true })
  industryCode?: string | null;

  @Field(() => [String], { description: '标签' })
  @Property({ type: 'text[]', default: '{}' })
  tags: string[] = [];

  @Field(() => LegalPersonInfo, { nullable: true })
  @Embedded(() => LegalPersonInfo, { object: true, nullable: true })
  legalPerson?: LegalPersonInfo | null;

  @Field(() => NaturalPersonInfo, { nullable: true })
  @Embedded(() => NaturalPersonInfo, { object: true, nullable: true })
  naturalPerson?: NaturalPersonInfo | null;

  @Field(() => EquipmentInfo, { nullable: true })
  @Embedded(() => EquipmentInfo, { object: true, nullable: true })
  equipment?: EquipmentInfo | null;

  @Field(() => ProductInfo, { nullable: true })
  @Embedded(() => ProductInfo, { object: true, nullable: true })
  product?: ProductInfo | null;

  @Field(() => PlaceInfo, { nullable: true })
  @Embedded(() => PlaceInfo, { object: true, nullable: true })
  place?: PlaceInfo | null;

  @Field(() => ProjectInfo, { nullable: true })
  @Embedded(() => ProjectInfo, { object: true, nullable: true })
  project?: ProjectInfo | null;
}
