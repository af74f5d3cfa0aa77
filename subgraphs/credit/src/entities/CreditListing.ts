import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, LocalDateScalar } from '@hub/runtime';
import { ListType } from './creditEnums';

/**
 * An entry of a credit list (经营异常名录, 严重违法失信名单, red and black lists): when, why and by whom a
 * subject was put on it, and when it was taken off. A subject is on a list at most once at a time.
 */
@Entity({ tableName: 'credit_listing' })
@Unique({ name: 'credit_listing_uscc_type_listed_at_unique', properties: ['uscc', 'listType', 'listedAt'] })
@Index({
  name: 'credit_listing_open_unique',
  expression: 'create unique index "credit_listing_open_unique" on "credit"."credit_listing" ("uscc", "list_type") where "removed_at" is null',
})
@Index({ properties: ['uscc', 'listedAt', 'id'] })
@Index({ properties: ['listType', 'listedAt', 'id'] })
@Index({ properties: ['listedAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
// A department's listings by month (data quality).
@Index({ properties: ['listedBy', 'listedAt'] })
@ObjectType({ description: '信用名单记录（经营异常名录、严重违法失信名单、红黑名单）' })
@Directive('@key(fields: "id")')
export class CreditListing extends BaseRecord {
  @Field(() => ListType, { description: '名单类别' })
  @Enum({ items: () => ListType })
  listType!: ListType;

  @Field({ description: '名单名称' })
  @Property({ length: 100 })
  listName!: string;

  @Field({ description: '统一社会信用代码' })
  @Property({ length: 18 })
  uscc!: string;

  @Field(() => String, { nullable: true, description: '主体名称' })
  @Property({ length: 200, nullable: true })
  partyName?: string | null;

  @Field({ description: '列入原因' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => LocalDateScalar, { description: '列入日期' })
  @Property({ type: 'date' })
  listedAt!: string;

  @Field({ description: '作出列入决定的机关' })
  @Property({ length: 200 })
  listedBy!: string;

  @Field({ description: '列入依据' })
  @Property({ length: 500 })
  basis!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '移出日期' })
  @Property({ type: 'date', nullable: true })
  removedAt?: string | null;

  @Field(() => String, { nullable: true, description: '移出原因' })
  @Property({ length: 500, nullable: true })
  removedReason?: string | null;

  @Field(() => String, { nullable: true, description: '作出移出决定的机关' })
  @Property({ length: 200, nullable: true })
  removedBy?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '列入期限届满日（空为不定期）' })
  @Property({ type: 'date', nullable: true })
  until?: string | null;

  /** On the list on `today`: not removed, and its term (if any) not over. */
  isCurrent(today: string): boolean {
    return !this.removedAt && (!this.until || this.until >= today);
  }
}
