import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';
import { ItemClaimStatus } from './catalogEnums';

/**
 * 认领: a department declares that it carries out an item. Claims follow the item across versions
 * (keyed by item code); one row per item and department, withdrawn and re-claimed in place.
 */
@Entity({ tableName: 'item_claim' })
@Unique({ properties: ['itemCode', 'deptCode'] })
@Index({ properties: ['deptCode', 'status', 'itemCode'] })
@ObjectType({ description: '监管事项认领记录' })
export class ItemClaim extends BaseRecord<'status' | 'claimedAt'> {
  @Field({ description: '监管事项目录编码' })
  @Property({ length: 14 })
  itemCode!: string;

  @Field({ description: '认领部门编码' })
  @Property({ length: 50 })
  deptCode!: string;

  @Field({ description: '认领部门名称' })
  @Property({ length: 200 })
  deptName!: string;

  @Field({ description: '认领时间' })
  @Property({ type: 'timestamptz' })
  claimedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '认领人' })
  @Property({ length: 100, nullable: true })
  claimedBy?: string | null;

  @Field(() => ItemClaimStatus, { description: '认领状态' })
  @Enum({ items: () => ItemClaimStatus, default: ItemClaimStatus.claimed })
  status: ItemClaimStatus = ItemClaimStatus.claimed;

  @Field(() => Date, { nullable: true, description: '撤回时间' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;
}
