import { PUBLIC_TAG } from '@hub/runtime';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from './VersionedRecord';
import { ImplListEmphasis } from './catalogEnums';

/**
 * 检查实施清单 (domain.md §2.1, §11.1): how one implementing agency at one level carries out an item.
 * Versioned like the item; it names its item by code, so it follows the item's current version.
 */
@Entity({ tableName: 'check_impl_list' })
@Unique({ properties: ['code', 'versionNo'] })
@Index({ name: 'check_impl_list_current_code_uidx', expression: 'create unique index "check_impl_list_current_code_uidx" on "catalog"."check_impl_list" ("code") where "is_current"' })
@Index({ name: 'check_impl_list_code_effective_idx', expression: 'create index "check_impl_list_code_effective_idx" on "catalog"."check_impl_list" ("code", "effective_from" desc)' })
@Index({ name: 'check_impl_list_ad_code_prefix_idx', expression: 'create index "check_impl_list_ad_code_prefix_idx" on "catalog"."check_impl_list" ("ad_code" text_pattern_ops, "id")' })
@Index({ properties: ['itemCode', 'code'] })
@Index({ properties: ['orgUscc', 'code'] })
@Index({ properties: ['execLevel', 'code'] })
@Index({ properties: ['isRandomItem', 'code'] })
@Index({ properties: ['code', 'id'] })
@Index({ properties: ['effectiveFrom', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '检查实施清单的一个版本' })
@Directive('@key(fields: "code")')
export class CheckImplList extends VersionedRecord {
  @Directive(PUBLIC_TAG)
  @Field({ description: '检查实施清单编码（实施机构统一社会信用代码+行使层级+序号）' })
  @Property({ length: 800 })
  code!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管事项目录编码' })
  @Property({ length: 14 })
  itemCode!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '子项编码' })
  @Property({ length: 50, nullable: true })
  subItemCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '实施机构名称' })
  @Property({ length: 200 })
  orgName!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '实施机构统一社会信用代码' })
  @Property({ length: 18 })
  orgUscc!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '行使层级：1国家 2省 3市 4县 5乡镇' })
  @Property({ type: 'smallint' })
  execLevel!: number;

  @Directive(PUBLIC_TAG)
  @Field({ description: '行政区划代码' })
  @Property({ length: 6 })
  adCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '检查方式' })
  @Property({ length: 200 })
  checkMethod!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '检查频次' })
  @Property({ length: 200, nullable: true })
  checkFreq?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '检查依据' })
  @Property({ type: 'text' })
  checkBasis!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '检查对象' })
  @Property({ length: 500 })
  objects!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '是否双随机抽查事项' })
  @Property({ type: 'boolean' })
  isRandomItem!: boolean;

  @Directive(PUBLIC_TAG)
  @Field(() => Float, { nullable: true, description: '抽查比例（0–1）' })
  @Property({ type: 'double', nullable: true })
  randomRatio?: number | null;

  @Directive(PUBLIC_TAG)
  @Field(() => ImplListEmphasis, { nullable: true, description: '重点/一般检查事项' })
  @Enum({ items: () => ImplListEmphasis, nullable: true })
  keyOrGeneral?: ImplListEmphasis | null;
}
