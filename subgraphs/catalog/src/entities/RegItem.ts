import { PUBLIC_TAG } from '@hub/runtime';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from './VersionedRecord';
import { RegItemCategory } from './catalogEnums';

/**
 * 监管事项目录 主项 (domain.md §2.1, §11.1). One row is one version of an item; other libraries name
 * an item by its 14-digit code and get the current version.
 */
@Entity({ tableName: 'reg_item' })
@Unique({ properties: ['itemCode', 'versionNo'] })
@Index({ name: 'reg_item_current_code_uidx', expression: 'create unique index "reg_item_current_code_uidx" on "catalog"."reg_item" ("item_code") where "is_current"' })
@Index({ name: 'reg_item_code_effective_idx', expression: 'create index "reg_item_code_effective_idx" on "catalog"."reg_item" ("item_code", "effective_from" desc)' })
@Index({ name: 'reg_item_name_prefix_idx', expression: 'create index "reg_item_name_prefix_idx" on "catalog"."reg_item" ("name" text_pattern_ops, "id")' })
@Index({ properties: ['deptCode', 'itemCode'] })
@Index({ properties: ['category', 'itemCode'] })
@Index({ properties: ['status', 'itemCode'] })
@Index({ properties: ['itemCode', 'id'] })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['effectiveFrom', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '监管事项（主项）的一个版本' })
@Directive('@key(fields: "itemCode")')
export class RegItem extends VersionedRecord {
  @Directive(PUBLIC_TAG)
  @Field({ description: '监管事项目录编码（14位数字）' })
  @Property({ length: 14 })
  itemCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管事项名称' })
  @Property({ length: 500 })
  name!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '对应的权力事项编码' })
  @Property({ length: 100, nullable: true })
  powerItemCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管部门名称' })
  @Property({ length: 200 })
  deptName!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '监管部门编码' })
  @Property({ length: 50 })
  deptCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '职能部门编码（如 A028）' })
  @Property({ length: 50 })
  dutyCode!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '业务条线编码（如 A0280000001）' })
  @Property({ length: 50, nullable: true })
  lineCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => RegItemCategory, { description: '事项类型' })
  @Enum({ items: () => RegItemCategory })
  category!: RegItemCategory;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '对应许可事项编码' })
  @Property({ length: 100, nullable: true })
  licenseItemCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '对应许可事项类型' })
  @Property({ length: 50, nullable: true })
  licenseItemType?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '对应许可事项名称' })
  @Property({ length: 500, nullable: true })
  licenseItemName?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => Int, { description: '事项状态：0 无效，1 有效' })
  @Property({ type: 'smallint' })
  status!: number;
}
