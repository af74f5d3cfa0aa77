import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { forbidden, HubError, Problems, SubgraphContext } from '@hub/runtime';
import { Collector } from '../entities/Collector';
import { INGESTS } from '../ingests';

const COLUMN = /^[A-Za-z_][A-Za-z0-9_]*$/;

@InputType({ description: '增量采集任务' })
class CollectorInput {
  @Field({ description: '名称（唯一）' }) name!: string;
  @Field({ description: '数据类型，如 inspection' }) recordType!: string;
  @Field({ description: '部门数据库连接串（postgres://…），只保存不回显' }) sourceUrl!: string;
  @Field({ description: '取数 SQL：列名用国家字段表中的中文名或字段名' }) sourceQuery!: string;
  @Field({ description: '水位列（更新时间或自增编号）' }) watermarkColumn!: string;
  @Field({ description: '并列时的排序列（主键）' }) idColumn!: string;
}

/** 增量采集任务: a department's leaders set up collection from their own databases; runs by `npm run collect`. */
@Resolver(() => Collector)
export class CollectorResolver {
  @Authorized('staff', 'leader')
  @Query(() => [Collector], { description: '本部门的增量采集任务' })
  collectors(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(Collector, { deptCode: ctx.user.dept ?? '-' }, { orderBy: { name: 'asc' } });
  }

  @Authorized('leader')
  @Mutation(() => Collector, { description: '新建本部门的增量采集任务（部门领导）' })
  async createCollector(@Arg('input', () => CollectorInput) input: CollectorInput, @Ctx() ctx: SubgraphContext): Promise<Collector> {
    if (!ctx.user.dept) throw forbidden('只有部门领导可以新建采集任务');
    const problems = new Problems();
    problems.check(/^[a-z0-9][a-z0-9-]{1,59}$/.test(input.name), 'INVALID_NAME', 'name', '名称只能用小写字母、数字和连字符，2–60 个字符');
    problems.check(!!INGESTS[input.recordType], 'UNKNOWN_RECORD_TYPE', 'recordType', `未知的数据类型（可选：${Object.keys(INGESTS).join('、')}）`);
    problems.check(/^postgres(ql)?:\/\//.test(input.sourceUrl), 'INVALID_SOURCE_URL', 'sourceUrl', '连接串应以 postgres:// 开头');
    problems.check(/^\s*(select|with)\b/i.test(input.sourceQuery) && !input.sourceQuery.includes(';'), 'INVALID_SOURCE_QUERY', 'sourceQuery', '取数 SQL 只能是一条 SELECT 语句');
    problems.check(COLUMN.test(input.watermarkColumn), 'INVALID_COLUMN', 'watermarkColumn', '水位列名只能由字母、数字和下划线组成');
    problems.check(COLUMN.test(input.idColumn), 'INVALID_COLUMN', 'idColumn', '排序列名只能由字母、数字和下划线组成');
    problems.throwIfAny();
    if (await ctx.em.count(Collector, { name: input.name })) throw new HubError('DUPLICATE_NAME', `已有名为 ${input.name} 的采集任务`, 'name');
    const collector = ctx.em.create(Collector, { ...input, deptCode: ctx.user.dept, sourceDept: ctx.user.dept });
    await ctx.em.flush();
    return collector;
  }
}
