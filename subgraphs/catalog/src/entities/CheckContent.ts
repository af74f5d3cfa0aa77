import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseRecord, PUBLIC_TAG } from '@hub/runtime';
import { CheckImplList } from './CheckImplList';
import { CheckContentType } from './catalogEnums';

/** 检查内容 of one version of a 检查实施清单 (copied into the next version like sub-items). */
@Entity({ tableName: 'check_content' })
@Unique({ properties: ['list', 'code'] })
@Directive(PUBLIC_TAG)
@ObjectType({ description: '检查内容' })
export class CheckContent extends BaseRecord<'sortOrder'> {
  @ManyToOne(() => CheckImplList, { deleteRule: 'cascade' })
  list!: CheckImplList;

  @Directive(PUBLIC_TAG)
  @Field({ description: '检查实施清单编码' })
  @Property({ length: 800 })
  listCode!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '检查内容编码' })
  @Property({ length: 50 })
  code!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '检查内容' })
  @Property({ type: 'text' })
  content!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '操作要领和方法' })
  @Property({ type: 'text' })
  method!: string;

  @Directive(PUBLIC_TAG)
  @Field({ description: '处罚依据' })
  @Property({ type: 'text' })
  penaltyBasis!: string;

  @Directive(PUBLIC_TAG)
  @Field(() => String, { nullable: true, description: '处罚依据权力编码' })
  @Property({ length: 100, nullable: true })
  penaltyPowerCode?: string | null;

  @Directive(PUBLIC_TAG)
  @Field(() => CheckContentType, { description: '检查类型' })
  @Enum({ items: () => CheckContentType })
  checkType!: CheckContentType;

  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;
}
