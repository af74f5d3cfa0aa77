import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SubgraphContext } from '@hub/runtime';
import { ReportBatch } from '../entities/ReportBatch';

/** 上报情况: the batches sent upward and their acknowledgement, for those who follow data exchange. */
@Resolver(() => ReportBatch)
export class UpwardResolver {
  @Authorized('leader', 'city_admin', 'province_admin', 'auditor')
  @Query(() => [ReportBatch], { description: '向上级平台上报的批次（新的在前）' })
  reportBatches(
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => String, { nullable: true, description: 'pending / failed / acked' }) status?: string | null,
    @Arg('last', () => Int, { defaultValue: 50, description: '最多返回条数（≤ 500）' }) last = 50,
  ) {
    return ctx.em.find(ReportBatch, status ? { status } : {}, { orderBy: { cdBatch: 'desc' }, limit: Math.min(Math.max(last, 1), 500) });
  }
}
