import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { LocalDateScalar, MaxChars, PageInfo, PUBLIC_TAG } from '@hub/runtime';

export enum KnowledgeKind {
  law = 'law',
  article = 'article',
  case = 'case',
  decision = 'decision',
}
registerEnumType(KnowledgeKind, {
  name: 'KnowledgeKind',
  description: '知识文档类型',
  valuesConfig: { law: { description: '法律法规（整部）' }, article: { description: '法条' }, case: { description: '案例' }, decision: { description: '行政处罚决定书' } },
});

@InputType({ description: '知识检索筛选' })
@Directive(PUBLIC_TAG)
export class KnowledgeSearchFilter {
  @Field(() => [KnowledgeKind], { nullable: true, description: '文档类型' })
  @Directive(PUBLIC_TAG)
  @IsOptional()
  @ArrayMaxSize(4)
  kinds?: KnowledgeKind[] | null;

  @Field(() => [String], { nullable: true, description: '效力位阶（如 法律、行政法规）' })
  @Directive(PUBLIC_TAG)
  @IsOptional()
  @ArrayMaxSize(10)
  levels?: string[] | null;

  @Field(() => [String], { nullable: true, description: '时效性（现行、已修订、已废止）' })
  @Directive(PUBLIC_TAG)
  @IsOptional()
  @ArrayMaxSize(3)
  status?: string[] | null;

  @Field(() => String, { nullable: true, description: '制定机关' })
  @Directive(PUBLIC_TAG)
  @IsOptional()
  @MaxChars('制定机关', 200)
  issuer?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '施行日期不早于' })
  @Directive(PUBLIC_TAG)
  effectiveFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '施行日期不晚于' })
  @Directive(PUBLIC_TAG)
  effectiveTo?: string | null;
}

@ObjectType({ description: '检索命中' })
@Directive(PUBLIC_TAG)
export class KnowledgeHit {
  @Field(() => ID, { description: '文档 id（法律、法条、案例的 id，或 decision:决定书文号）' })
  @Directive(PUBLIC_TAG)
  id!: string;

  @Field(() => KnowledgeKind)
  @Directive(PUBLIC_TAG)
  kind!: KnowledgeKind;

  @Field(() => Float, { description: '相关度' })
  @Directive(PUBLIC_TAG)
  score!: number;

  @Field({ description: '标题，命中词以 <em> 标出（HTML 已转义）' })
  @Directive(PUBLIC_TAG)
  title!: string;

  @Field(() => [String], { description: '正文片段（最多 3 段），命中词以 <em> 标出（HTML 已转义）' })
  @Directive(PUBLIC_TAG)
  snippets!: string[];

  @Field({ description: '命中文档的正文（纯文本：法条为条文，法律为序言或开头条文，案例、决定书为全文）' })
  @Directive(PUBLIC_TAG)
  text!: string;

  @Field({ description: '是否为检索词中引用的法条（如 食品安全法第一百二十四条），排在首位' })
  @Directive(PUBLIC_TAG)
  isReference!: boolean;
}

@ObjectType({ description: '分面计数' })
@Directive(PUBLIC_TAG)
export class FacetCount {
  @Field() @Directive(PUBLIC_TAG) value!: string;
  @Field(() => Int) @Directive(PUBLIC_TAG) count!: number;
}

@ObjectType({ description: '分面' })
@Directive(PUBLIC_TAG)
export class KnowledgeFacets {
  @Field(() => [FacetCount], { description: '按文档类型' }) @Directive(PUBLIC_TAG) kinds!: FacetCount[];
  @Field(() => [FacetCount], { description: '按效力位阶' }) @Directive(PUBLIC_TAG) levels!: FacetCount[];
}

@ObjectType({ description: '知识检索结果' })
@Directive(PUBLIC_TAG)
export class KnowledgeSearchResult {
  @Field(() => Int, { description: '命中总数' }) @Directive(PUBLIC_TAG) totalCount!: number;
  @Field(() => [KnowledgeHit]) @Directive(PUBLIC_TAG) hits!: KnowledgeHit[];
  @Field(() => KnowledgeFacets) @Directive(PUBLIC_TAG) facets!: KnowledgeFacets;
  @Field(() => PageInfo) @Directive(PUBLIC_TAG) pageInfo!: PageInfo;
  @Field({ description: '检索后端：postgres 或 elasticsearch' }) @Directive(PUBLIC_TAG) backend!: string;
}
