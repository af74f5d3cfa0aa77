import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

/** 上报批次: one envelope sent upward (cd_batch = YYYYMMDD + 5-digit sequence), with its delivery state. */
@Entity({ tableName: 'report_batch' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@ObjectType({ description: '向上级平台上报的批次' })
export class ReportBatch {
  @Field()
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '批次号 cd_batch（日期 + 5 位序号）' })
  @Property({ length: 13 })
  @Unique()
  cdBatch!: string;

  @Field(() => Int, { description: '记录数' })
  @Property()
  recordCount!: number;

  @Field({ description: '状态：pending 待发送 / failed 发送失败待重试 / acked 已确认' })
  @Property({ length: 10 })
  status!: string;

  @Field(() => Int, { description: '发送次数' })
  @Property({ default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: '最近一次失败原因' })
  @Property({ length: 500, nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Field({ description: '生成时间' })
  @Property({ type: 'timestamptz', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '上级确认时间' })
  @Property({ type: 'timestamptz', length: 3, nullable: true })
  ackedAt?: Date | null;
}
