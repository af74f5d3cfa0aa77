import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, PUBLIC_TAG } from '@hub/runtime';

@Directive(PUBLIC_TAG)
@ObjectType({ description: '案例的一个段落（关键词、裁判要点、基本案情、裁判结果、裁判理由…）' })
export class LegalCaseSection {
  @Directive(PUBLIC_TAG)
  @Field({ description: '段落标题' }) heading!: string;
  @Directive(PUBLIC_TAG)
  @Field({ description: '段落正文' }) text!: string;
}

/** 案例 (domain.md §11.8): a typical or guiding court case; id = stableId('case', title). */
@Entity({ tableName: 'legal_case' })
@Index({ properties: ['title', 'id'] })
@Index({ name: 'legal_case_keywords_idx', expression: 'create index "legal_case_keywords_idx" on "knowledge"."legal_case" using gin ("keywords")' })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '案例' })
@Directive('@key(fields: "id")')
export class LegalCase extends BaseRecord<'caseName' | 'category' | 'decisionNo' | 'keywords' | 'citations'> {
  @Directive(PUBLIC_TAG)
  @Field({ description: '来源文件标识' })
  @Property({ length: 300 })
  @Unique()
  fileId!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '标题' })
  @Property({ length: 300 })
  title!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '案件名称' })
  @Property({ length: 300, nullable: true })
  caseName?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '类别（如 劳动人事）' })
  @Property({ length: 100, nullable: true })
  @Index()
  category?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '裁判文书号' })
  @Property({ length: 100, nullable: true })
  decisionNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => [String], { description: '关键词' })
  @Property({ type: 'text[]', default: '{}' })
  keywords: string[] = [];

  @Directive(PUBLIC_TAG)
  @Field(() => [String], { description: '正文引用的法条（如 《中华人民共和国劳动法》第四十四条）' })
  @Property({ type: 'text[]', default: '{}' })
  citations: string[] = [];

  @Directive(PUBLIC_TAG)
  @Field(() => [LegalCaseSection], { description: '段落' })
  @Property({ type: 'json' })
  sections!: LegalCaseSection[];

  @Directive(PUBLIC_TAG)
  @Field({ description: '全文' })
  @Property({ type: 'text' })
  fullText!: string;

  /** SHA-1 of the source record: unchanged cases are skipped on re-import. */
  @Property({ length: 40 })
  contentHash!: string;
}
