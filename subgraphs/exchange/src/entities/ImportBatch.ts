import { Check, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '@hub/runtime';

/**
 * 批次: one delivery of records (a file, an online batch, one pull or push), with its counts. The database
 * refuses counts that do not add up: received = stored + rejected + duplicates.
 */
@Entity({ tableName: 'import_batch' })
@Check({ name: 'import_batch_counts_add_up', expression: 'received = stored + rejected + duplicates' })
@Check({ name: 'import_batch_updated_deleted_within_stored', expression: 'updated >= 0 and deleted >= 0 and updated + deleted <= stored' })
@Index({ properties: ['deptCode', 'recordType', 'createdAt'] })
@ObjectType({ description: '数据报送批次' })
export class ImportBatch extends BaseRecord<'received' | 'stored' | 'updated' | 'deleted' | 'rejected' | 'duplicates' | 'warnings' | 'checkpointRow'> {
  @Field({ description: '批次标识（同一标识重复报送不会重复入库）' })
  @Property({ length: 200 })
  @Unique()
  batchKey!: string;

  @Field({ description: '数据类型，如 inspection' })
  @Property({ length: 40 })
  recordType!: string;

  @Field({ description: '报送部门编码' })
  @Property({ length: 20 })
  deptCode!: string;

  @Field({ description: '报送方式：online 在线填报 / file 文件导入 / pull 增量采集 / push 接口推送' })
  @Property({ length: 10 })
  channel!: string;

  @Field(() => String, { nullable: true, description: '文件名' })
  @Property({ length: 300, nullable: true })
  fileName?: string | null;

  @Field({ description: '状态：running 处理中 / completed 已完成 / failed 失败' })
  @Property({ length: 12 })
  status!: string;

  @Field(() => Int, { description: '收到的记录数' })
  @Property({ default: 0 })
  received: number = 0;

  @Field(() => Int, { description: '入库数' })
  @Property({ default: 0 })
  stored: number = 0;

  /** Of `stored`: known records (same natural key) whose content changed, updated in place. */
  @Field(() => Int, { description: '入库数中更新已有记录的数量（同一业务主键、内容有变化）' })
  @Property({ default: 0 })
  updated: number = 0;

  /** Of `stored`: records deleted by 操作类型 D. */
  @Field(() => Int, { description: '入库数中按操作类型 D 删除的记录数' })
  @Property({ default: 0 })
  deleted: number = 0;

  @Field(() => Int, { description: '退回整改数' })
  @Property({ default: 0 })
  rejected: number = 0;

  @Field(() => Int, { description: '重复数（批内重复或已入库）' })
  @Property({ default: 0 })
  duplicates: number = 0;

  @Field(() => Int, { description: '带警告入库数' })
  @Property({ default: 0 })
  warnings: number = 0;

  /** The last file row whose outcome is committed: a re-run resumes after it. */
  @Property({ default: 0 })
  checkpointRow: number = 0;

  @Field(() => Int, { nullable: true, description: '所用规则集版本' })
  @Property({ type: 'integer', nullable: true })
  ruleSetVersion?: number | null;

  @Field({ description: '报送人' })
  @Property({ length: 64 })
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: '完成时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  finishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '失败原因' })
  @Property({ length: 1000, nullable: true })
  error?: string | null;
}
