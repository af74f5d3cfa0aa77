import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { Connection, DataStatus, PageArgs, paginate, RevealArgs, SortDirection, SubgraphContext } from '@hub/runtime';
import { Coercion } from '../entities/Coercion';
import { Inspection } from '../entities/Inspection';
import { CoercionInput } from './CoercionInput';
import { ActionListFilter } from './ActionListFilter';
import { coercionById, inspectionById } from './behaviourLoaders';
import { partyOf, requireInspection } from './inspectionRef';
import { PARTY_CERT_NO_DESCRIPTION, partyCertNoOf } from './personal';
import { emptyPage, scopedWhere, sourceDeptOf, visible } from '../access';

const CoercionConnection = Connection(Coercion);

@Resolver(() => Coercion)
export class CoercionResolver {
  @Query(() => Coercion, { nullable: true, description: '按 id 查询行政强制' })
  async coercion(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Coercion', await coercionById(ctx).load(id));
  }

  @Query(() => CoercionConnection, { description: '行政强制列表（按起始日期从新到旧，游标分页）' })
  coercions(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => ActionListFilter, { nullable: true }) filter?: ActionListFilter,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const and: FilterQuery<Coercion>[] = [{ dataStatus: DataStatus.normal }];
    if (filter?.subjectId) and.push({ subjectId: filter.subjectId });
    if (filter?.inspectionId) and.push({ inspectionId: filter.inspectionId });
    if (filter?.orgCode) and.push({ orgCode: filter.orgCode });
    const where = scopedWhere(ctx.user, 'Coercion', and);
    if (!where) return new CoercionConnection(emptyPage());
    return paginate(ctx.em, Coercion, { where, sortField: 'start', direction: SortDirection.DESC, first: page?.first, after: page?.after })
      .then((p) => new CoercionConnection(p));
  }

  @Authorized('staff', 'leader')
  @Mutation(() => Coercion, { description: '新建行政强制（须引用本人可登记的行政检查）' })
  async createCoercion(@Arg('input', () => CoercionInput) input: CoercionInput, @Ctx() ctx: SubgraphContext) {
    const inspection = await requireInspection(ctx, input.inspectionId, { write: true });
    const coercion = ctx.em.create(Coercion, {
      ...input, ...partyOf(inspection), itemCode: inspection.itemCode, reportedAt: input.reportedAt ?? new Date(), ...sourceDeptOf(ctx.user),
    });
    await ctx.em.flush();
    return coercion;
  }

  @FieldResolver(() => String, { description: PARTY_CERT_NO_DESCRIPTION })
  partyCertNo(@Root() coercion: Coercion, @Ctx() ctx: SubgraphContext, @Args() reveal: RevealArgs) {
    return partyCertNoOf(ctx, 'Coercion', coercion, reveal);
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '所依据的行政检查（本人无权查看时为空）' })
  async inspection(@Root() coercion: Coercion, @Ctx() ctx: SubgraphContext) {
    return visible(ctx.user, 'Inspection', await inspectionById(ctx).load(coercion.inspectionId));
  }
}
