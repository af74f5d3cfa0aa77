import { Entity, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

@ObjectType({ description: '裁量档次：违法情形与处罚幅度' })
export class DiscretionBand {
  @Field({ description: '违法情形（如 情节轻微，货值金额不足一万元）' }) circumstance!: string;
  @Field({ description: '处罚幅度（如 五万元以上七万元以下罚款）' }) range!: string;
}

/** 检查规则/裁量基准 (domain.md §11.8): the articles a check relies on and the discretion bands of its penalty. */
@Entity({ tableName: 'inspection_rule' })
@ObjectType({ description: '检查规则/裁量基准' })
@Directive('@key(fields: "id")')
export class InspectionRule extends BaseRecord {
  @Field({ description: '规则编码' })
  @Property({ length: 50 })
  @Unique()
  code!: string;

  @Field({ description: '标题' })
  @Property({ length: 300 })
  title!: string;

  @Field({ description: '领域（如 食品安全）' })
  @Property({ length: 50 })
  field!: string;

  /** Ids of `LawArticle`s; `basisArticles` resolves them. */
  @Property({ type: 'text[]', columnType: 'uuid[]' })
  basisArticleIds!: string[];

  @Field(() => [DiscretionBand], { description: '裁量档次（从轻到重）' })
  @Property({ type: 'json' })
  discretion!: DiscretionBand[];
}
