import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { LicenceStatus } from './creditEnums';

/** 双公示 行政许可 (XK_* keys of the exchange format, domain.md §4, §11.6). */
@Entity({ tableName: 'license_publicity' })
@Index({ properties: ['uscc', 'decisionDate', 'id'] })
@Index({ properties: ['authorityUscc', 'decisionDate'] })
@Index({ properties: ['decisionDate', 'id'] })
@Index({ properties: ['validTo', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({ description: '双公示·行政许可信息' })
@Directive('@key(fields: "id")')
export class LicensePublicity extends BaseRecord {
  @Field({ description: '行政相对人名称（XK_XDR_MC）' })
  @Property({ length: 200 })
  partyName!: string;

  @Field({ description: '行政相对人类别（XK_XDR_LB）' })
  @Property({ length: 20 })
  partyCategory!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码（XK_XDR_SHXYM）' })
  @Property({ length: 18, nullable: true })
  uscc?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人（XK_FRDB）' })
  @Property({ length: 50, nullable: true })
  legalRep?: string | null;

  @Field({ description: '行政许可决定文书名称（XK_XKWS）' })
  @Property({ length: 64 })
  docName!: string;

  @Field({ description: '行政许可决定文书号（XK_WSH）' })
  @Property({ length: 64 })
  docNo!: string;

  @Field({ description: '许可类别（XK_XKLB：普通、特许、认可、核准、登记、其他）' })
  @Property({ length: 20 })
  category!: string;

  @Field(() => String, { nullable: true, description: '许可证书名称（XK_XKZS）' })
  @Property({ length: 64, nullable: true })
  certName?: string | null;

  @Field(() => String, { nullable: true, description: '许可编号（XK_XKBH）' })
  @Property({ length: 64, nullable: true })
  @Index()
  licenceNo?: string | null;

  @Field({ description: '许可内容（XK_NR）' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => LocalDateScalar, { description: '许可决定日期（XK_JDRQ）' })
  @Property({ type: 'date' })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { description: '有效期自（XK_YXQZ）' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { description: '有效期至（XK_YXQZI）' })
  @Property({ type: 'date' })
  validTo!: string;

  @Field({ description: '许可机关（XK_XKJG）' })
  @Property({ length: 200 })
  authority!: string;

  @Field({ description: '许可机关统一社会信用代码（XK_XKJGDM）' })
  @Property({ length: 18 })
  authorityUscc!: string;

  @Field(() => LicenceStatus, { description: '当前状态（XK_ZT）' })
  @Enum({ items: () => LicenceStatus })
  @Index()
  status!: LicenceStatus;

  @Field({ description: '数据来源单位（XK_LYDW）' })
  @Property({ length: 200 })
  dataSource!: string;

  @Field(() => String, { nullable: true, description: '数据来源单位统一社会信用代码（XK_LYDWDM）' })
  @Property({ length: 18, nullable: true })
  dataSourceUscc?: string | null;

  @Field(() => String, { nullable: true, description: '备注（BZ）' })
  @Property({ length: 512, nullable: true })
  remark?: string | null;
}
