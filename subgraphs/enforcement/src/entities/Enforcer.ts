import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { EnforcerStatus } from './EnforcerStatus';
import { EnforcerConflict } from './EnforcerConflict';

/**
 * 执法人员 (domain.md §4, §11.3). The ID number is personal data: only its SHA-256 (for look-ups) and a
 * masked form are stored, never the number itself.
 */
@Entity({ tableName: 'enforcer' })
@Index({ name: 'enforcer_ad_code_prefix_idx', expression: 'create index "enforcer_ad_code_prefix_idx" on "enforcement"."enforcer" ("ad_code" text_pattern_ops, "id")' })
@Index({ name: 'enforcer_fields_idx', expression: 'create index "enforcer_fields_idx" on "enforcement"."enforcer" using gin ("fields")' })
@Index({ properties: ['certValidFrom', 'certValidTo'] })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['certValidTo', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({ description: '执法人员' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "certNo")')
export class Enforcer extends BaseRecord<'isExpert' | 'conflicts' | 'status'> {
  @Field({ description: '姓名' })
  @Property({ length: 50 })
  name!: string;

  /** sha256 hex of the upper-cased ID number: finds a person again without keeping the number. */
  @Property({ length: 64 })
  @Index()
  idNoHash!: string;

  @Field({ description: '公民身份号码（脱敏，如 330106********1234）' })
  @Property({ length: 18 })
  idNoMasked!: string;

  @Field({ description: '执法证号' })
  @Property({ length: 32 })
  @Unique()
  certNo!: string;

  @Field({ description: '发证机关' })
  @Property({ length: 100 })
  certIssuer!: string;

  @Field(() => LocalDateScalar, { description: '执法证有效期起' })
  @Property({ type: 'date' })
  certValidFrom!: string;

  @Field(() => LocalDateScalar, { description: '执法证有效期止' })
  @Property({ type: 'date' })
  certValidTo!: string;

  @Field(() => [String], { description: '执法领域' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Field({ description: '所属执法主体名称' })
  @Property({ length: 100 })
  orgName!: string;

  @Field({ description: '所属执法主体统一社会信用代码' })
  @Property({ length: 18 })
  @Index()
  orgUscc!: string;

  @Field({ description: '行政区划代码（GB/T 2260）' })
  @Property({ length: 6 })
  adCode!: string;

  @Field(() => EnforcerStatus, { description: '状态' })
  @Enum({ items: () => EnforcerStatus, default: EnforcerStatus.active })
  @Index()
  status: EnforcerStatus = EnforcerStatus.active;

  @Field({ description: '是否专家' })
  @Property({ default: false })
  isExpert: boolean = false;

  @Field(() => [EnforcerConflict], { description: '回避关系' })
  @Property({ type: 'json', default: '[]' })
  conflicts: EnforcerConflict[] = [];

  /** Drawable on a day: active, certificate valid on that date. */
  isValidOn(date: string): boolean {
    return this.status === EnforcerStatus.active && this.certValidFrom <= date && this.certValidTo >= date;
  }
}
