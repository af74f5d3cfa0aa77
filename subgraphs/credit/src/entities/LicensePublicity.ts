import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar, PUBLIC_TAG } from '@hub/runtime';
import { LicenceStatus } from './creditEnums';

/** 双公示 行政许可 (XK_* keys of the exchange format, domain.md §4, §11.6). */
@Entity({ tableName: 'license_publicity' })
@Unique({ name: 'license_publicity_authority_doc_no_unique', properties: ['authorityUscc', 'docNo'] })
@Index({ properties: ['uscc', 'decisionDate', 'id'] })
@Index({ properties: ['authorityUscc', 'decisionDate'] })
@Index({ properties: ['decisionDate', 'id'] })
@Index({ properties: ['validTo', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({ description: '双公示·行政许可信息' })
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class LicensePublicity extends BaseRecord {
  // In the schema through a field resolver: a natural person's name is masked for the public.
  @Property({ length: 200 })
  partyName!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '行政相对人类别（XK_XDR_LB）' })
  @Property({ length: 20 })
  partyCategory!: string;

  /** Personal when the party is a natural person: served by PublicityPersonalFields (masked unless revealed). */
  @Property({ length: 18, nullable: true })
  uscc?: string | null;

  // Not in the public contract: a legal representative's name is a natural person's personal data.
  @Field(() => String, { nullable: true, description: '法定代表人（XK_FRDB）' })
  @Property({ length: 50, nullable: true })
  legalRep?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '行政许可决定文书名称（XK_XKWS）' })
  @Property({ length: 64 })
  docName!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '行政许可决定文书号（XK_WSH）' })
  @Property({ length: 64 })
  docNo!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '许可类别（XK_XKLB：普通、特许、认可、核准、登记、其他）' })
  @Property({ length: 20 })
  category!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '许可证书名称（XK_XKZS）' })
  @Property({ length: 64, nullable: true })
  certName?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '许可编号（XK_XKBH）' })
  @Property({ length: 64, nullable: true })
  @Index()
  licenceNo?: string | null;

  @Directive(PUBLIC_TAG)
  @Field({ description: '许可内容（XK_NR）' })
  @Property({ type: 'text' })
  content!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '许可决定日期（XK_JDRQ）' })
  @Property({ type: 'date' })
  decisionDate!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '有效期自（XK_YXQZ）' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LocalDateScalar, { description: '有效期至（XK_YXQZI）' })
  @Property({ type: 'date' })
  validTo!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '许可机关（XK_XKJG）' })
  @Property({ length: 200 })
  authority!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '许可机关统一社会信用代码（XK_XKJGDM）' })
  @Property({ length: 18 })
  authorityUscc!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => LicenceStatus, { description: '当前状态（XK_ZT）' })
  @Enum({ items: () => LicenceStatus })
  @Index()
  status!: LicenceStatus;

  @Directive(PUBLIC_TAG)
  @Field({ description: '数据来源单位（XK_LYDW）' })
  @Property({ length: 200 })
  dataSource!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '数据来源单位统一社会信用代码（XK_LYDWDM）' })
  @Property({ length: 18, nullable: true })
  dataSourceUscc?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '备注（BZ）' })
  @Property({ length: 512, nullable: true })
  remark?: string | null;
}
