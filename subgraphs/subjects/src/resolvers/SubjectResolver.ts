import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import {
  assertVersion, Connection, DataStatus, flushChecked, HubError, notFound, PageArgs, paginate, referenceTables, SortDirection, SubgraphContext, escapeLike, regionPrefix,
} from '@hub/runtime';
import { Subject } from '../entities/Subject';
import { SubjectInput, UpdateSubjectInput } from './SubjectInput';
import { SubjectFilter, SubjectOrder, SubjectSortField } from './SubjectFilter';
import { subjectByCertNo, subjectById } from './subjectLoaders';
import { assertSubjectWritable, sourceDeptOf, SUBJECT_WRITERS, subjectReadWhere } from '../policy';

const SubjectConnection = Connection(Subject);
/** What a caller who may see no subject gets, without asking the database. */
const EMPTY_PAGE = { nodes: [], cursors: [], hasNextPage: false, count: async () => 0 };

@Resolver(() => Subject)
export class SubjectResolver {
  @Query(() => Subject, { nullable: true, description: '按 id 查询监管对象' })
  subject(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return subjectById(ctx).load(id);
  }

  @Query(() => Subject, { nullable: true, description: '按证件号码（统一社会信用代码、身份证号等）查询监管对象' })
  subjectByCertNo(@Arg('certNo') certNo: string, @Ctx() ctx: SubgraphContext) {
    return subjectByCertNo(ctx).load(certNo.trim().toUpperCase());
  }

  @Query(() => SubjectConnection, { description: '监管对象列表（筛选、排序、游标分页）' })
  subjects(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => SubjectFilter, { nullable: true }) filter?: SubjectFilter,
    @Arg('orderBy', () => SubjectOrder, { nullable: true }) orderBy?: SubjectOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const scope = subjectReadWhere(ctx.user);
    if (scope === null) return new SubjectConnection(EMPTY_PAGE);
    return paginate(ctx.em, Subject, {
      where: scope ? { $and: [subjectWhere(filter), scope] } : subjectWhere(filter),
      sortField: orderBy?.field ?? SubjectSortField.createdAt,
      direction: orderBy?.direction ?? SortDirection.ASC,
      first: page?.first,
      after: page?.after,
    }).then((p) => new SubjectConnection(p));
  }

  @Authorized(...SUBJECT_WRITERS)
  @Mutation(() => Subject, { description: '新建监管对象（限本辖区）' })
  async createSubject(@Arg('input', () => SubjectInput) input: SubjectInput, @Ctx() ctx: SubgraphContext) {
    assertSubjectWritable(ctx.user, input.adCode, 'adCode');
    const subject = ctx.em.create(Subject, toEntityData(input, ctx));
    await flushUnique(ctx, input.certNo);
    return subject;
  }

  @Authorized(...SUBJECT_WRITERS)
  @Mutation(() => Subject, { description: '修改监管对象（限本辖区；乐观锁：expectedVersion 须为当前版本）' })
  async updateSubject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSubjectInput) input: UpdateSubjectInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    const subject = await ctx.em.findOne(Subject, { id });
    if (!subject) throw notFound('监管对象', id, 'id');
    assertSubjectWritable(ctx.user, subject.adCode, 'id');
    assertSubjectWritable(ctx.user, input.adCode, 'adCode');
    assertVersion(subject, input.expectedVersion);
    const { expectedVersion: _v, ...data } = input;
    ctx.em.assign(subject, toEntityData(data as SubjectInput, ctx));
    await flushUnique(ctx, input.certNo);
    return subject;
  }
}

const flushUnique = (ctx: SubgraphContext, certNo: string) =>
  flushChecked(ctx.em, new HubError('DUPLICATE_CERT_NO', `证件号码 ${certNo} 已登记为其他监管对象`, 'certNo'));

function toEntityData(input: SubjectInput, ctx: SubgraphContext) {
  return {
    ...input,
    sourceDept: sourceDeptOf(ctx.user, input.sourceDept),
    certNo: input.certNo.trim().toUpperCase(),
    tags: [...new Set(input.tags ?? [])],
    legalPerson: input.legalPerson ?? null,
    naturalPerson: input.naturalPerson ?? null,
    equipment: input.equipment ?? null,
    product: input.product ?? null,
    place: input.place ?? null,
    project: input.project ?? null,
  };
}

function subjectWhere(filter: SubjectFilter | undefined): FilterQuery<Subject> {
  const and: FilterQuery<Subject>[] = [{ dataStatus: { $in: filter?.dataStatus?.length ? filter.dataStatus : [DataStatus.normal] } }];
  if (filter?.kinds?.length) and.push({ kind: { $in: filter.kinds } });
  if (filter?.regionPrefix) and.push({ adCode: { $like: `${regionPrefix(filter.regionPrefix)}%` } });
  if (filter?.industryPrefix) and.push(industryWhere(filter.industryPrefix));
  if (filter?.tagsAny?.length) and.push({ tags: { $overlap: filter.tagsAny } });
  if (filter?.namePrefix) and.push({ name: { $like: `${escapeLike(filter.namePrefix)}%` } });
  return { $and: and };
}

/** A 门类 letter stands for its 大类 two-digit codes. */
function industryWhere(prefix: string): FilterQuery<Subject> {
  if (!/^[A-T]$/.test(prefix)) return { industryCode: { $like: `${prefix}%` } };
  const divisions = referenceTables().industries.children(prefix);
  return { $or: divisions.map((d) => ({ industryCode: { $like: `${d}%` } })) };
}

