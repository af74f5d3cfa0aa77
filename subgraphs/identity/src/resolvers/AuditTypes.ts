import { Field, Float, InputType, ObjectType } from 'type-graphql';

/** One entry of the hub's audit log (audit.audit_log, shared by every library). */
@ObjectType({ description: '审计日志条目' })
export class AuditEntry {
  @Field(() => Float, { description: '序号（连续递增）' }) seq!: number;
  @Field({ description: '时间' }) at!: Date;
  @Field({ description: '操作人标识' }) actorId!: string;
  @Field({ description: '操作人姓名（登录失败时为所试登录名）' }) actorName!: string;
  @Field({ description: '操作人角色' }) role!: string;
  @Field(() => String, { nullable: true, description: '操作人部门' }) dept!: string | null;
  @Field(() => String, { nullable: true, description: '操作人区划' }) region!: string | null;
  @Field(() => String, { nullable: true, description: '请求标识' }) requestId!: string | null;
  @Field({ description: '子系统（数据库）' }) subgraph!: string;
  @Field({ description: '操作：create/update/delete（及其接口名）、reveal、login、login_failed、read_audit…' }) operation!: string;
  @Field({ description: '对象类型' }) entityType!: string;
  @Field(() => [String], { description: '对象标识' }) entityIds!: string[];
  @Field(() => [String], { description: '涉及字段' }) fields!: string[];
  @Field(() => String, { nullable: true, description: '事由（查看个人信息的事由、登录失败原因）' }) reason!: string | null;
  @Field({ description: '前一条的哈希' }) prevHash!: string;
  @Field({ description: '本条哈希（sha256，链式）' }) hash!: string;
}

@InputType({ description: '审计日志筛选条件（各条件同时满足）' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: '操作人标识' }) actorId?: string;
  @Field(() => String, { nullable: true, description: '对象类型' }) entityType?: string;
  @Field(() => String, { nullable: true, description: '对象标识' }) entityId?: string;
  @Field(() => String, { nullable: true, description: '操作' }) operation?: string;
  @Field(() => String, { nullable: true, description: '子系统' }) subgraph?: string;
  @Field(() => Date, { nullable: true, description: '起始时间（含）' }) from?: Date;
  @Field(() => Date, { nullable: true, description: '截止时间（不含）' }) to?: Date;
}

@ObjectType({ description: '审计日志哈希链校验结果' })
export class AuditChainReport {
  @Field({ description: '整条链完好' }) ok!: boolean;
  @Field(() => Float, { description: '校验的条目数' }) checked!: number;
  @Field(() => [Float], { description: '哈希与内容不符或与前一条断链的条目序号（最多100个）' }) brokenSeqs!: number[];
  @Field(() => [Float], { description: '缺失（被删除）的序号（最多100个）' }) missingSeqs!: number[];
  @Field(() => Float, { nullable: true, description: '最后一条的序号' }) headSeq!: number | null;
  @Field(() => String, { nullable: true, description: '最后一条的哈希' }) headHash!: string | null;
}
