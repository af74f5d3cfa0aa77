import { Arg, Authorized, Ctx, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { forbidden, HubError, LocalDateScalar, Problems, SubgraphContext, sqlDb } from '@hub/runtime';
import { CalendarOverride } from '../entities/CalendarOverride';
import { rebuildCalendar } from '../pipeline/calendar';
import { organsOf } from '../pipeline/organs';
import { departmentName } from '@hub/governance';
import { dataQuality, dataQualityOverview, QualityDepartment, qualitySourceOf, RECORD_TYPES } from '../pipeline/qualityMetrics';
import { INGESTS } from '../ingests';
import { RULE_ADMINS, SIGNED_IN } from '../policy';

@ObjectType({ description: '数据质量（按月）' })
class MonthQualityInfo {
  @Field({ description: '月份 YYYY-MM' }) month!: string;
  @Field(() => Int, { description: '收到记录数' }) received!: number;
  @Field(() => Int, { description: '入库数' }) stored!: number;
  @Field(() => Int, { description: '当前仍退回整改数' }) rejected!: number;
  @Field(() => Int, { description: '重复数' }) duplicates!: number;
  @Field(() => Float, { nullable: true, description: '准确率：一次通过校验的记录 / 报送记录（不含重复）' }) accuracy!: number | null;
  @Field(() => Int, { description: '该月（按行为日期，如检查日期、处罚决定日期）的库内记录数' }) records!: number;
  @Field(() => Float, { nullable: true, description: '及时率：在期限内报送（公示）的比例，如检查、处罚、强制、其他行为在行为日期后 7 个工作日内报送，双公示在决定日期后 7 个工作日内公示；无报送期限的数据类型为空' }) timeliness!: number | null;
  @Field(() => Float, { nullable: true, description: '覆盖率：有检查记录的检查实施清单 / 本部门全部检查实施清单（仅行政检查，其他类型为空）' }) coverage!: number | null;
  @Field(() => Int, { nullable: true, description: '本部门检查实施清单数（仅行政检查，其他类型为空）' }) implLists!: number | null;
}

@ObjectType({ description: '数据质量（按数据类型汇总）' })
class TypeQualityInfo {
  @Field({ description: '数据类型，如 inspection' }) recordType!: string;
  @Field({ description: '数据类型名称，如 行政检查行为' }) label!: string;
  @Field(() => Int, { description: '收到记录数' }) received!: number;
  @Field(() => Int, { description: '入库数' }) stored!: number;
  @Field(() => Int, { description: '当前仍退回整改数' }) rejected!: number;
  @Field(() => Int, { description: '重复数' }) duplicates!: number;
  @Field(() => Float, { nullable: true, description: '准确率：一次通过校验的记录 / 报送记录（不含重复）' }) accuracy!: number | null;
  @Field(() => Int, { description: '期间内（按行为日期）的库内记录数' }) records!: number;
  @Field(() => Float, { nullable: true, description: '及时率：在期限内报送（公示）的比例；无报送期限的数据类型为空' }) timeliness!: number | null;
  @Field(() => String, { nullable: true, description: '及时率的期限，如“检查日期后 7 个工作日内报送”；无期限为空' }) timelinessRule!: string | null;
  @Field(() => Float, { nullable: true, description: '覆盖率：期间内有检查记录的检查实施清单 / 本部门全部检查实施清单（仅行政检查）' }) coverage!: number | null;
  @Field(() => Int, { nullable: true, description: '本部门检查实施清单数（仅行政检查）' }) implLists!: number | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TYPE_LIST = RECORD_TYPES.map((t) => `${t}（${INGESTS[t].spec.title}）`).join('、');

/** Checks the period (and the record type, when given) and the caller's right to the department. */
async function department(ctx: SubgraphContext, from: string, to: string, deptCode: string | null | undefined, recordType?: string): Promise<QualityDepartment> {
  const problems = new Problems();
  if (recordType !== undefined) problems.check(!!qualitySourceOf(recordType), 'INVALID_RECORD_TYPE', 'recordType', `未知的数据类型 ${recordType}，可选：${TYPE_LIST}`);
  problems.check(MONTH.test(from), 'INVALID_MONTH', 'from', '起始月份应为 YYYY-MM');
  problems.check(MONTH.test(to), 'INVALID_MONTH', 'to', '截止月份应为 YYYY-MM');
  problems.throwIfAny();
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5));
  if (months < 0 || months > 35) throw new HubError('INVALID_PERIOD', '截止月份不能早于起始月份，且一次最多查询 36 个月', 'to');
  const user = ctx.user;
  const dept = deptCode ?? user.dept;
  if (!dept) throw new HubError('DEPT_REQUIRED', '请指定部门编码', 'deptCode');
  if ((user.role === 'staff' || user.role === 'leader') && dept !== user.dept) throw forbidden('只能查看本部门的数据质量');
  const db = sqlDb(ctx.em);
  // The registry's name, as the ingests write it into 承办单位 and 列入机关.
  const [name, orgs] = await Promise.all([departmentName(db, dept), dept === user.dept && user.orgs.length ? user.orgs : organsOf(db, dept)]);
  return { code: dept, name, orgs };
}

/** 数据质量: coverage, timeliness, accuracy and volume of a department's deliveries, by record type and month. */
@Resolver()
export class QualityResolver {
  @Authorized(...SIGNED_IN)
  @Query(() => [MonthQualityInfo], { description: '某一数据类型的数据质量指标（按月；部门人员只能查本部门）' })
  async dataQuality(
    @Arg('recordType', { description: `数据类型：${RECORD_TYPES.join('、')}` }) recordType: string,
    @Arg('from', { description: '起始月份 YYYY-MM' }) from: string,
    @Arg('to', { description: '截止月份 YYYY-MM' }) to: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('deptCode', () => String, { nullable: true, description: '部门编码（默认本部门）' }) deptCode?: string | null,
  ) {
    const dept = await department(ctx, from, to, deptCode, recordType);
    return dataQuality(sqlDb(ctx.em), recordType, dept, from, to);
  }

  @Authorized(...SIGNED_IN)
  @Query(() => [TypeQualityInfo], { description: '各数据类型的数据质量指标（期间汇总，每种数据类型一行；部门人员只能查本部门）' })
  async dataQualityOverview(
    @Arg('from', { description: '起始月份 YYYY-MM' }) from: string,
    @Arg('to', { description: '截止月份 YYYY-MM' }) to: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('deptCode', () => String, { nullable: true, description: '部门编码（默认本部门）' }) deptCode?: string | null,
  ) {
    const dept = await department(ctx, from, to, deptCode);
    return dataQualityOverview(sqlDb(ctx.em), dept, from, to);
  }

  @Authorized(...SIGNED_IN)
  @Query(() => [CalendarOverride], { description: '某年的节假日与调休工作日' })
  calendarOverrides(@Arg('year', () => Int) year: number, @Ctx() ctx: SubgraphContext) {
    return ctx.em.find(CalendarOverride, { day: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { day: 'asc' } });
  }

  @Authorized(...RULE_ADMINS)
  @Mutation(() => CalendarOverride, { description: '设置节假日（working: false）或调休工作日（working: true）；工作日历随即重建' })
  async setCalendarDay(
    @Arg('day', () => LocalDateScalar) day: string,
    @Arg('working') working: boolean,
    @Arg('note') note: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarOverride> {
    if (!note.trim() || note.length > 50) throw new HubError('INVALID_NOTE', '说明不能为空，且不超过 50 个字符', 'note');
    return ctx.em.transactional(async (em) => {
      const override = (await em.findOne(CalendarOverride, { day })) ?? em.create(CalendarOverride, { day, working, note: note.trim(), setBy: ctx.user.id });
      Object.assign(override, { working, note: note.trim(), setBy: ctx.user.id });
      await em.flush();
      await rebuildCalendar(sqlDb(em as never));
      return override;
    });
  }
}
