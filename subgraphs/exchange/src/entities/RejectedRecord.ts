import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';
import { ImportBatch } from './ImportBatch';

/** 退回整改: a record that failed governance, kept with what was sent and every rule it broke. */
@Entity({ tableName: 'rejected_record' })
@Unique({ properties: ['batch', 'rowNumber'] })
@Index({ properties: ['deptCode', 'recordType', 'status', 'createdAt', 'id'] })
@ObjectType({ description: '退回整改的记录' })
export class RejectedRecord extends BaseRecord<'status' | 'attempts'> {
  @ManyToOne(() => ImportBatch, { fieldName: 'batch_id' })
  batch!: ImportBatch;

  @Field({ description: '数据类型' })
  @Property({ length: 40 })
  recordType!: string;

  @Field({ description: '报送部门编码' })
  @Property({ length: 20 })
  deptCode!: string;

  @Field(() => Int, { description: '文件中的行号（在线报送为序号）' })
  @Property()
  rowNumber!: number;

  /** The cells as sent (by the file's own headers). */
  @Property({ type: 'jsonb' })
  payload!: Record<string, string | null>;

  @Property({ type: 'jsonb' })
  violations!: unknown[];

  @Field({ description: '状态：open 待整改 / resolved 已整改入库' })
  @Property({ length: 12, default: 'open' })
  status: string = 'open';

  /** Earlier submissions of this record: who, when, what, and what was wrong. */
  @Property({ type: 'jsonb', default: '[]' })
  attempts: unknown[] = [];

  /** The stored record once a correction passed. */
  @Property({ type: 'uuid', nullable: true })
  recordId?: string | null;
}
