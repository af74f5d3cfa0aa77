import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar, PUBLIC_TAG } from '@hub/runtime';
import { LAW_LEVELS, LAW_STATUSES, type LawLevel, type LawStatus } from './lawVocabulary';

/**
 * 法律法规 (domain.md §11.8): one version of one law, as loaded from a law file. The id is
 * `lawId(fileId)` from @hub/city so that other libraries can cite it without asking this one.
 * Full-text search (a later issue) adds a tsvector column here and on `law_article`.
 */
@Entity({ tableName: 'law' })
@Index({ name: 'law_title_prefix_idx', expression: 'create index "law_title_prefix_idx" on "knowledge"."law" ("title" text_pattern_ops)' })
@Index({ name: 'law_short_title_idx', expression: 'create index "law_short_title_idx" on "knowledge"."law" ("short_title")' })
@Index({ properties: ['title', 'id'] })
@Index({ properties: ['effectiveDate', 'id'] })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '法律法规（一个版本）' })
@Directive('@key(fields: "id")')
export class Law extends BaseRecord<'subtitle' | 'shortTitle' | 'category' | 'issuer' | 'docNo' | 'promulgationDate' | 'preamble' | 'history'> {
  @Directive(PUBLIC_TAG)
  @Field({ description: '来源文件标识（如 法律/行政处罚法(2021-01-22)）' })
  @Property({ length: 300 })
  @Unique()
  fileId!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '标题' })
  @Property({ length: 300 })
  title!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '副标题（如民法典的分编）' })
  @Property({ length: 300, nullable: true })
  subtitle?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '简称' })
  @Property({ length: 300, nullable: true })
  shortTitle?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { description: `效力位阶：${LAW_LEVELS.join('|')}` })
  @Enum({ items: [...LAW_LEVELS] })
  @Index()
  level!: LawLevel;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '法律部门分类（如 行政法）' })
  @Property({ length: 100, nullable: true })
  category?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '制定机关' })
  @Property({ length: 200, nullable: true })
  @Index()
  issuer?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '文号' })
  @Property({ length: 100, nullable: true })
  docNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { nullable: true, description: '公布日期' })
  @Property({ type: 'date', nullable: true })
  promulgationDate?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '施行日期（缺失时取公布日期）' })
  @Property({ type: 'date' })
  effectiveDate!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { description: `时效性：${LAW_STATUSES.join('|')}` })
  @Enum({ items: [...LAW_STATUSES] })
  @Index()
  status!: LawStatus;

  /** What the file itself says (现行 unless it is marked superseded or repealed); `status` also weighs later versions. */
  @Enum({ items: [...LAW_STATUSES] })
  sourceStatus!: LawStatus;

  @Directive(PUBLIC_TAG)
  @Field(() => [String], { description: '制定和修改沿革' })
  @Property({ type: 'text[]', default: '{}' })
  history: string[] = [];

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '序言或无条文文件的正文' })
  @Property({ type: 'text', nullable: true })
  preamble?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '条文数' })
  @Property()
  articleCount!: number;

  /** SHA-1 of the source file: an unchanged file is skipped on re-import. */
  @Property({ length: 40 })
  contentHash!: string;
}
