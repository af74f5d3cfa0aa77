import { ArrayType, BeforeCreate, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { resolveCitations } from '@hub/city';
import { BaseRecord, PUBLIC_TAG } from '@hub/runtime';
import { RegItem } from './RegItem';

/**
 * 子项 of one version of a 主项 (domain.md §11.1). A new item version gets copies of its sub-items,
 * so each version keeps the sub-items it had. 设定依据 is both the cited article ids (knowledge's
 * LawArticle) and the citation text; a sub-item written with the text only gets the ids of the articles the
 * text cites (parseArticleReferences, resolved against the data directory's laws).
 */
@Entity({ tableName: 'reg_sub_item' })
@Unique({ properties: ['item', 'subItemCode'] })
@Index({ properties: ['subItemCode'] })
@Index({ name: 'reg_sub_item_basis_article_ids_idx', expression: 'create index "reg_sub_item_basis_article_ids_idx" on "catalog"."reg_sub_item" using gin ("basis_article_ids")' })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '监管事项子项' })
export class RegSubItem extends BaseRecord<'basisArticleIds' | 'scope' | 'sortOrder'> {
  @ManyToOne(() => RegItem, { deleteRule: 'cascade' })
  item!: RegItem;

  @Directive(PUBLIC_TAG)
  @Field({ description: '主项编码' })
  @Property({ length: 14 })
  itemCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '子项编码' })
  @Property({ length: 50 })
  subItemCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '子项名称' })
  @Property({ length: 500 })
  name!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '对应子项权力编码' })
  @Property({ length: 100, nullable: true })
  subPowerCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管对象类别' })
  @Property({ length: 20 })
  objectCategory!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管对象' })
  @Property({ length: 500 })
  objectDesc!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管形式' })
  @Property({ length: 200 })
  form!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管方式' })
  @Property({ length: 200 })
  method!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管层级（国家、省、市、县、乡）' })
  @Property({ length: 10 })
  level!: string;

  /** Ids of knowledge's LawArticle; exposed through `basisArticles`. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  basisArticleIds: string[] = [];

  @Directive(PUBLIC_TAG)
  @Field({ description: '设定依据（条文引用文本）' })
  @Property({ type: 'text' })
  basisText!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管流程' })
  @Property({ type: 'text' })
  process!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管结果' })
  @Property({ type: 'text' })
  result!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => [String], { description: '适用范围（省、市、县）' })
  @Property({ type: 'text[]', default: '{}' })
  scope: string[] = [];

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '检查实施清单编号' })
  @Property({ length: 800, nullable: true })
  implListCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '子项状态：0 无效，1 有效' })
  @Property({ type: 'smallint' })
  status!: number;

  /** Keeps the order the department gave. */
  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;

  /** 设定依据 given as text only: the cited articles' ids from the text (unresolvable references stay in the text). */
  @BeforeCreate()
  citedArticlesFromText(): void {
    if (!this.basisArticleIds?.length && this.basisText) this.basisArticleIds = resolveCitations(this.basisText).articleIds;
  }
}
