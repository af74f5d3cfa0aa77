import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, isUuid, PageArgs, paginate, SortDirection, SubgraphContext, sqlDb } from '@hub/runtime';
import { ImportBatch } from '../entities/ImportBatch';
import { rejectsByRule } from '../pipeline/reports';
import { canSeeDepartment, departmentWhere, SIGNED_IN } from '../policy';
import { RejectReasonInfo } from './ExchangeTypes';

@InputType({ description: '批次筛选' })
class ImportBatchFilter {
  @Field(() => String, { nullable: true }) recordType?: string | null;
  @Field(() => String, { nullable: true }) deptCode?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
}

const ImportBatchConnection = Connection(ImportBatch);

@Resolver(() => ImportBatch)
export class ImportBatchResolver {
  @Authorized(...SIGNED_IN)
  @Query(() => ImportBatchConnection, { description: '数据报送批次（部门人员：本部门），新的在前' })
  async importBatches(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => ImportBatchFilter, { nullable: true }) filter?: ImportBatchFilter,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const where: FilterQuery<ImportBatch>[] = [];
    const scope = departmentWhere<ImportBatch>(ctx.user);
    if (scope) where.push(scope);
    if (filter?.recordType) where.push({ recordType: filter.recordType });
    if (filter?.deptCode) where.push({ deptCode: filter.deptCode });
    if (filter?.status) where.push({ status: filter.status });
    return new ImportBatchConnection(await paginate(ctx.em, ImportBatch, { where: { $and: where }, sortField: 'createdAt', direction: SortDirection.DESC, first: page?.first, after: page?.after }));
  }

  @Authorized(...SIGNED_IN)
  @Query(() => ImportBatch, { nullable: true, description: '一个批次' })
  async importBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    if (!isUuid(id)) return null;
    const batch = await ctx.em.findOne(ImportBatch, { id });
    return batch && canSeeDepartment(ctx.user, batch.deptCode) ? batch : null;
  }

  @FieldResolver(() => [RejectReasonInfo], { description: '退回原因统计（按规则）' })
  rejectReasons(@Root() batch: ImportBatch, @Ctx() ctx: SubgraphContext) {
    return rejectsByRule(sqlDb(ctx.em), batch.id);
  }
}
