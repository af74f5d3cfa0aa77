import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { Connection, DataStatus, PageArgs, paginate, SortDirection, SubgraphContext } from '@hub/runtime';
import { Coercion } from '../entities/Coercion';
import { Inspection } from '../entities/Inspection';
import { CoercionInput } from './CoercionInput';
import { ActionListFilter } from './ActionListFilter';
import { coercionById, inspectionById } from './behaviourLoaders';
import { partyOf, requireInspection } from './inspectionRef';

const CoercionConnection = Connection(Coercion);

@Resolver(() => Coercion)
export class CoercionResolver {
  @Query(() => Coercion, { nullable: true, description: '按 id 查询行政强制' })
  coercion(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return coercionById(ctx).load(id);
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
    return paginate(ctx.em, Coercion, { where: { $and: and }, sortField: 'start', direction: SortDirection.DESC, first: page?.first, after: page?.after })
      .then((p) => new CoercionConnection(p));
  }

  @Mutation(() => Coercion, { description: '新建行政强制（须引用已登记的行政检查）' })
  async createCoercion(@Arg('input', () => CoercionInput) input: CoercionInput, @Ctx() ctx: SubgraphContext) {
    const inspection = await requireInspection(ctx, input.inspectionId);
    const coercion = ctx.em.create(Coercion, { ...input, ...partyOf(inspection), itemCode: inspection.itemCode, reportedAt: input.reportedAt ?? new Date() });
    await ctx.em.flush();
    return coercion;
  }

  @FieldResolver(() => Inspection, { description: '所依据的行政检查' })
  inspection(@Root() coercion: Coercion, @Ctx() ctx: SubgraphContext) {
    return inspectionById(ctx).load(coercion.inspectionId);
  }
}
