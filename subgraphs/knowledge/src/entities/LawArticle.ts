import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord, PUBLIC_TAG } from '@hub/runtime';

/**
 * 法条: one article of one law version. The id is `lawArticleId(fileId, numberText)` from @hub/city
 * (the catalog and enforcement libraries hold such ids as their legal basis).
 */
@Entity({ tableName: 'law_article' })
@Unique({ properties: ['lawId', 'ordinal'] })
@Index({ properties: ['lawId', 'numberText'] })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '法条' })
@Directive('@key(fields: "id")')
export class LawArticle extends BaseRecord<'part' | 'chapter' | 'section'> {
  @Directive(PUBLIC_TAG)
  @Field(() => ID, { description: '所属法律法规 id' })
  @Property({ type: 'uuid' })
  lawId!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '条号（“第X条之一”与第X条相同）' })
  @Property()
  number!: number;

  @Directive(PUBLIC_TAG)
  @Field({ description: '条号原文（如 第一百二十四条、第十七条之一）' })
  @Property({ length: 30 })
  numberText!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '在法律中的顺序（从1开始）' })
  @Property()
  ordinal!: number;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '编' })
  @Property({ length: 100, nullable: true })
  part?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '章' })
  @Property({ length: 100, nullable: true })
  chapter?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '节' })
  @Property({ length: 100, nullable: true })
  section?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '条文' })
  @Property({ type: 'text' })
  text!: string;
}
