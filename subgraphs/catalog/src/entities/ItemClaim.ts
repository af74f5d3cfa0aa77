import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, PUBLIC_TAG } from '@hub/runtime';
import { ItemClaimStatus } from './catalogEnums';

/**
 * 认领: a department declares that it carries out an item. Claims follow the item across versions
 * (keyed by item code); one row per item and department, withdrawn and re-claimed in place.
 */
@Entity({ tableName: 'item_claim' })
@Unique({ properties: ['itemCode', 'deptCode'] })
@Index({ properties: ['deptCode', 'status', 'itemCode'] })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '监管事项认领记录' })
export class ItemClaim extends BaseRecord<'status' | 'claimedAt'> {
  @Directive(PUBLIC_TAG)
  @Field({ description: '监管事项目录编码' })
  @Property({ length: 14 })
  itemCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '认领部门编码' })
  @Property({ length: 50 })
  deptCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '认领部门名称' })
  @Property({ length: 200 })
  deptName!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '认领时间' })
  @Property({ type: 'timestamptz' })
  claimedAt: Date = new Date();

  /** A civil servant's name: served by ItemClaimResolver (hidden from the public). */
  @Property({ length: 100, nullable: true })
  claimedBy?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => ItemClaimStatus, { description: '认领状态' })
  @Enum({ items: () => ItemClaimStatus, default: ItemClaimStatus.claimed })
  status: ItemClaimStatus = ItemClaimStatus.claimed;

  @Directive(PUBLIC_TAG)
  @Field(() => Date, { nullable: true, description: '撤回时间' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;
}
