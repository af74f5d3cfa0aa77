import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { FilterQuery } from '@mikro-orm/core';
import { DataStatus, paginate, regionPrefix, SortDirection, SubgraphContext, PUBLIC_TAG } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { RANDOM_INSPECTION } from '../policy';
import { RandomInspectionFilter } from './RandomInspectionFilter';
import { RandomInspectionResultPage } from './RandomInspectionResult';

/** 一公开: the results of random-draw inspections, for everyone (the service portal's enforcement publicity). */
@Resolver()
export class RandomInspectionResolver {
  @Query(() => RandomInspectionResultPage, { description: '双随机抽查结果公示（按检查日期从新到旧，游标分页；不含个人信息）' })
  @Directive(PUBLIC_TAG)
  randomInspectionResults(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => RandomInspectionFilter, { nullable: true }) filter?: RandomInspectionFilter,
    @Arg('first', () => Int, { nullable: true, description: '条数（默认20，最多500）' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: '上一页的 endCursor' }) after?: string,
  ) {
    // (check_category, check_date) index; item, organ and region narrow through their own indexes.
    const and: FilterQuery<Inspection>[] = [{ dataStatus: DataStatus.normal }, RANDOM_INSPECTION];
    if (filter?.itemCode) and.push({ itemCode: filter.itemCode });
    if (filter?.orgCode) and.push({ orgCode: filter.orgCode });
    if (filter?.adCodePrefix) and.push({ adCode: { $like: `${regionPrefix(filter.adCodePrefix)}%` } });
    if (filter?.dateFrom) and.push({ checkDate: { $gte: filter.dateFrom } });
    if (filter?.dateTo) and.push({ checkDate: { $lte: filter.dateTo } });
    return paginate(ctx.em, Inspection, { where: { $and: and }, sortField: 'checkDate', direction: SortDirection.DESC, first, after })
      .then((page) => new RandomInspectionResultPage(page));
  }
}
