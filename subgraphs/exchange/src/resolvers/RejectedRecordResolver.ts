import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, isUuid, notFound, PageArgs, paginate, PersonalKind, personalValue, RevealArgs, SortDirection, SubgraphContext, sqlDb } from '@hub/runtime';
import { mapHeaders } from '@hub/governance';
import type { Violation } from '@hub/governance';
import { RejectedRecord } from '../entities/RejectedRecord';
import { ingestOf } from '../ingests';
import { organsOf } from '../pipeline/organs';
import { RejectRow, resubmitReject } from '../pipeline/resubmit';
import { assertMayCorrect, canSeeDepartment, departmentWhere, SIGNED_IN } from '../policy';
import { CellInput, CellValue, ViolationInfo } from './ExchangeTypes';

@InputType({ description: '退回记录筛选' })
class RejectedRecordFilter {
  @Field(() => ID, { nullable: true }) batchId?: string | null;
  @Field(() => String, { nullable: true }) recordType?: string | null;
  @Field(() => String, { nullable: true, description: '默认 open（待整改）' }) status?: string | null;
}

@ObjectType({ description: '整改提交结果' })
class ResubmitResult {
  @Field({ description: 'resolved 已入库 / duplicate 与已有记录重复 / open 仍未通过' }) status!: string;
  @Field(() => ID, { nullable: true, description: '入库后的记录编号' }) recordId?: string | null;
  @Field(() => RejectedRecord) rejected!: RejectedRecord;
}

const RejectedRecordConnection = Connection(RejectedRecord);

/** 在线整改: a department lists what was sent back, corrects it online and resubmits it. */
@Resolver(() => RejectedRecord)
export class RejectedRecordResolver {
  @Authorized(...SIGNED_IN)
  @Query(() => RejectedRecordConnection, { description: '退回整改的记录（部门人员：本部门）' })
  async rejectedRecords(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => RejectedRecordFilter, { nullable: true }) filter?: RejectedRecordFilter,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const where: FilterQuery<RejectedRecord>[] = [{ status: filter?.status ?? 'open' }];
    const scope = departmentWhere<RejectedRecord>(ctx.user);
    if (scope) where.push(scope);
    if (filter?.batchId) where.push(isUuid(filter.batchId) ? { batch: filter.batchId } : { id: null as never });
    if (filter?.recordType) where.push({ recordType: filter.recordType });
    return new RejectedRecordConnection(await paginate(ctx.em, RejectedRecord, { where: { $and: where }, sortField: 'createdAt', direction: SortDirection.ASC, first: page?.first, after: page?.after }));
  }

  @Authorized('staff', 'leader')
  @Mutation(() => ResubmitResult, { description: '提交更正：按当前规则重新校验，通过即入库' })
  async resubmitRejected(
    @Arg('id', () => ID) id: string,
    @Arg('cells', () => [CellInput], { description: '更正的单元格（其余沿用原值）' }) cells: CellInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResubmitResult> {
    if (!isUuid(id)) throw notFound('退回记录', id, 'id');
    return ctx.em.transactional(async (em) => {
      const db = sqlDb(em);
      const { rows } = await db.query<RejectRow>(`select * from exchange.rejected_record where id = $1 for update`, [id]);
      const reject = rows[0];
      if (!reject || !canSeeDepartment(ctx.user, reject.dept_code)) throw notFound('退回记录', id, 'id');
      assertMayCorrect(ctx.user, reject.dept_code);
      if (reject.status !== 'open') throw notFound('待整改的退回记录', id, 'id');
      const orgs = ctx.user.role === 'system' ? await organsOf(db, reject.dept_code) : ctx.user.orgs;
      const corrections = Object.fromEntries(cells.map((c) => [c.header, c.value]));
      const outcome = await resubmitReject(db, ingestOf(reject.record_type), reject, corrections, { deptCode: reject.dept_code, orgs, sourceDept: reject.dept_code }, ctx.user);
      const rejected = await em.findOneOrFail(RejectedRecord, { id }, { refresh: true });
      return { status: outcome.status, recordId: outcome.status === 'resolved' ? outcome.recordId : null, rejected };
    });
  }

  @FieldResolver(() => ID, { description: '所属批次' })
  batchId(@Root() record: RejectedRecord) {
    return record.batch.id;
  }

  @FieldResolver(() => [CellValue], { description: '报送的原始内容（按表头；身份证号、电话等个人信息默认脱敏，reveal 须填写事由）' })
  payload(@Root() record: RejectedRecord, @Args() reveal: RevealArgs, @Ctx() ctx: SubgraphContext): CellValue[] {
    const personal = personalFieldsOf(record);
    return Object.entries(record.payload).map(([header, value]) => {
      const kind = personal.get(header);
      return { header, value: kind ? personalValue(ctx.user, { value, kind, entityType: 'RejectedRecord', entityId: record.id, field: header }, reveal) : value };
    });
  }

  @FieldResolver(() => [ViolationInfo], { description: '不通过的规则（逐字段；个人信息字段不回显其值）' })
  violations(@Root() record: RejectedRecord): ViolationInfo[] {
    const personal = personalFieldNames(record);
    return (record.violations as Violation[]).map((v) => ({ ...v, value: personal.has(v.field) ? null : v.value ?? null }));
  }

  @FieldResolver(() => Int, { description: '已提交更正的次数' })
  attemptCount(@Root() record: RejectedRecord) {
    return record.attempts.length;
  }
}

/** Fields that hold personal data, by what the record type's spec says of them. */
const PERSONAL_KINDS: Record<string, PersonalKind> = { idNo: 'citizenId', complainantPhone: 'phone', complainantName: 'name', legalRepCertNo: 'citizenId' };

/** The payload's headers that carry personal data, with how to mask them. */
function personalFieldsOf(record: RejectedRecord): Map<string, PersonalKind> {
  const spec = ingestOf(record.recordType).spec;
  const { byHeader } = mapHeaders(spec, Object.keys(record.payload));
  const result = new Map<string, PersonalKind>();
  for (const [header, field] of Object.entries(byHeader)) {
    const kind = PERSONAL_KINDS[field] ?? (spec.fields.find((f) => f.name === field)?.kind === 'certNo' ? 'certNo' : undefined);
    if (kind) result.set(header, kind);
  }
  return result;
}

function personalFieldNames(record: RejectedRecord): Set<string> {
  const spec = ingestOf(record.recordType).spec;
  return new Set(spec.fields.filter((f) => PERSONAL_KINDS[f.name] || f.kind === 'certNo').map((f) => f.name));
}
