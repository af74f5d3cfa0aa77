import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  assertVersion, Connection, flushChecked, HubError, LocalDateScalar, notFound, PageArgs, Problems, SortDirection, SubgraphContext,
} from '@hub/runtime';
import { CreditListing } from '../entities/CreditListing';
import { checkRemovalRules } from '../rules/listingRules';
import { chinaToday } from '@hub/codes';
import { CreditListingInput } from './CreditListingInput';
import { CreditListingFilter, CreditListingOrder, CreditListingSortField } from './CreditListingFilter';
import { creditListingById } from './creditLoaders';
import { creditListingWhere } from './creditWhere';
import { paginateVisible } from './visiblePage';
import { assertMayList, listingVisibility, sourceDeptOf } from '../policy';

const CreditListingConnection = Connection(CreditListing);

@Resolver(() => CreditListing)
export class CreditListingResolver {
  @Authorized()
  @Query(() => CreditListing, { nullable: true, description: '按 id 查询信用名单记录（需登录；工作人员仅见本部门作出的）' })
  creditListing(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return creditListingById(ctx).load(id);
  }

  @Authorized()
  @Query(() => CreditListingConnection, { description: '信用名单记录列表（默认按列入日期从新到旧；需登录，工作人员仅见本部门作出的）' })
  async creditListings(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => CreditListingFilter, { nullable: true }) filter?: CreditListingFilter,
    @Arg('orderBy', () => CreditListingOrder, { nullable: true }) orderBy?: CreditListingOrder,
    @Arg('page', () => PageArgs, { nullable: true }) page?: PageArgs,
  ) {
    const result = await paginateVisible(ctx.em, CreditListing, {
      where: creditListingWhere(filter, chinaToday()),
      sortField: orderBy?.field ?? CreditListingSortField.listedAt,
      direction: orderBy?.direction ?? SortDirection.DESC,
      first: page?.first,
      after: page?.after,
    }, listingVisibility(ctx.user));
    return new CreditListingConnection(result);
  }

  @Authorized('staff', 'leader')
  @Mutation(() => CreditListing, { description: '将主体列入信用名单（同一名单同时只能有一条未移出的记录；列入机关须为本部门）' })
  async listSubject(@Arg('input', () => CreditListingInput) input: CreditListingInput, @Ctx() ctx: SubgraphContext) {
    assertMayList(ctx.user, input.listedBy);
    const listing = ctx.em.create(CreditListing, { ...input, uscc: input.uscc.trim().toUpperCase(), sourceDept: sourceDeptOf(ctx.user, input.sourceDept) });
    await flushChecked(ctx.em, new HubError('ALREADY_LISTED', `该主体已在${input.listName}中且尚未移出`, 'uscc'));
    return listing;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => CreditListing, { description: '将主体移出信用名单（须填写移出原因；乐观锁：expectedVersion 须为当前版本；仅限列入部门）' })
  async removeListing(
    @Arg('id', () => ID) id: string,
    @Arg('removedAt', () => LocalDateScalar, { description: '移出日期' }) removedAt: string,
    @Arg('reason', () => String, { nullable: true, description: '移出原因（必填）' }) reason: string | null,
    @Arg('removedBy', () => String, { description: '作出移出决定的机关' }) removedBy: string,
    @Arg('expectedVersion', () => Int, { description: '读取时的版本号' }) expectedVersion: number,
    @Ctx() ctx: SubgraphContext,
  ) {
    const listing = await ctx.em.findOne(CreditListing, { id });
    if (!listing) throw notFound('信用名单记录', id, 'id');
    assertMayList(ctx.user, listing.listedBy, 'id');
    assertVersion(listing, expectedVersion);
    if (listing.removedAt) throw new HubError('ALREADY_REMOVED', `该记录已于${listing.removedAt}移出名单`, 'id');
    const problems = new Problems();
    checkRemovalRules(listing.listedAt, { removedAt, reason, removedBy }, problems);
    problems.check([...(reason ?? '')].length <= 500, 'TOO_LONG', 'reason', '移出原因不能超过500个字符');
    problems.check([...removedBy].length <= 200, 'TOO_LONG', 'removedBy', '移出机关不能超过200个字符');
    problems.throwIfAny();
    ctx.em.assign(listing, { removedAt, removedReason: reason!.trim(), removedBy: removedBy.trim(), sourceDept: sourceDeptOf(ctx.user, listing.sourceDept) });
    await flushChecked(ctx.em);
    return listing;
  }
}
