import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';
import { CheckImplList } from './CheckImplList';
import { CheckContentType } from './catalogEnums';

/** 检查内容 of one version of a 检查实施清单 (copied into the next version like sub-items). */
@Entity({ tableName: 'check_content' })
@Unique({ properties: ['list', 'code'] })
@ObjectType({ description: '检查内容' })
export class CheckContent extends BaseRecord<'sortOrder'> {
  @ManyToOne(() => CheckImplList, { deleteRule: 'cascade' })
  list!: CheckImplList;

  @Field({ description: '检查实施清单编码' })
  @Property({ length: 800 })
  listCode!: string;

  @Field({ description: '检查内容编码' })
  @Property({ length: 50 })
  code!: string;

  @Field({ description: '检查内容' })
  @Property({ type: 'text' })
  content!: string;

  @Field({ description: '操作要领和方法' })
  @Property({ type: 'text' })
  method!: string;

  @Field({ description: '处罚依据' })
  @Property({ type: 'text' })
  penaltyBasis!: string;

  @Field(() => String, { nullable: true, description: '处罚依据权力编码' })
  @Property({ length: 100, nullable: true })
  penaltyPowerCode?: string | null;

  @Field(() => CheckContentType, { description: '检查类型' })
  @Enum({ items: () => CheckContentType })
  checkType!: CheckContentType;

  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;
}
