import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Inspection } from './Inspection';
import { Enforcer } from './Enforcer';

/**
 * One inspector of an inspection (检查人员 + 执法证号). Name and certificate number are copied as they were
 * on the day, so the record stays true if the enforcer's data changes later.
 */
@Entity({ tableName: 'inspection_inspector' })
@Index({ properties: ['inspectionId', 'ordinal'] })
@ObjectType('InspectorAssignment', { description: '检查人员' })
export class InspectionInspector {
  [OptionalProps]?: 'id' | 'isLeader';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Inspection, { mapToPk: true, fieldName: 'inspection_id', deleteRule: 'cascade' })
  inspectionId!: string;

  @ManyToOne(() => Enforcer, { mapToPk: true, fieldName: 'enforcer_id', index: true })
  enforcerId!: string;

  @Field({ description: '姓名' })
  @Property({ length: 50 })
  name!: string;

  @Field({ description: '执法证号' })
  @Property({ length: 32 })
  certNo!: string;

  @Field(() => Int, { description: '顺序（从0开始）' })
  @Property({ type: 'smallint' })
  ordinal!: number;

  @Field({ description: '是否组长' })
  @Property({ default: false })
  isLeader: boolean = false;
}
