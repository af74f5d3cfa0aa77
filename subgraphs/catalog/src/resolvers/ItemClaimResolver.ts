import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { isValidItemCode } from '@hub/codes';
import { flushChecked, HubError, Problems, SubgraphContext } from '@hub/runtime';
import { ItemClaim } from '../entities/ItemClaim';
import { RegItem } from '../entities/RegItem';
import { ItemClaimStatus } from '../entities/catalogEnums';
import { itemNotFound } from '../versioning/regItemVersions';
import { assertMayClaim, isPublic, sourceDeptOf } from '../policy';

/** 认领: departments declare the items they carry out, and may withdraw (then claim again); each only for itself. */
@Resolver(() => ItemClaim)
export class ItemClaimResolver {
  // Not tagged public: a civil servant's name is for the departments, not the portal.
  @FieldResolver(() => String, { nullable: true, description: '认领人（公众不可见）' })
  claimedBy(@Root() claim: ItemClaim, @Ctx() ctx: SubgraphContext): string | null {
    return isPublic(ctx.user) ? null : claim.claimedBy ?? null;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => ItemClaim, { description: '部门认领监管事项（仅限本部门）' })
  async claimRegItem(
    @Arg('itemCode') itemCode: string,
    @Arg('deptCode') deptCode: string,
    @Arg('deptName') deptName: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('claimedBy', () => String, { nullable: true, description: '认领人' }) claimedBy?: string | null,
  ) {
    new Problems()
      .check(isValidItemCode(itemCode), 'INVALID_ITEM_CODE', 'itemCode', '监管事项目录编码应为14位数字')
      .check(deptCode.trim().length > 0 && deptCode.length <= 50, 'REQUIRED', 'deptCode', '认领部门编码不能为空且不能超过50个字符')
      .check(deptName.trim().length > 0 && [...deptName].length <= 200, 'REQUIRED', 'deptName', '认领部门名称不能为空且不能超过200个字符')
      .check(!claimedBy || [...claimedBy].length <= 100, 'TOO_LONG', 'claimedBy', '认领人不能超过100个字符')
      .throwIfAny();
    assertMayClaim(ctx.user, deptCode);
    if (!(await ctx.em.count(RegItem, { itemCode, isCurrent: true }))) throw itemNotFound(itemCode);
    const existing = await ctx.em.findOne(ItemClaim, { itemCode, deptCode });
    if (existing?.status === ItemClaimStatus.claimed) {
      throw new HubError('ALREADY_CLAIMED', `部门 ${deptCode} 已认领监管事项 ${itemCode}`, 'deptCode');
    }
    const claim = existing ?? ctx.em.create(ItemClaim, { itemCode, deptCode, deptName });
    ctx.em.assign(claim, {
      deptName, claimedBy: claimedBy ?? null, claimedAt: new Date(), status: ItemClaimStatus.claimed, withdrawnAt: null, sourceDept: sourceDeptOf(ctx.user, claim.sourceDept),
    });
    await flushChecked(ctx.em, new HubError('ALREADY_CLAIMED', `部门 ${deptCode} 已认领监管事项 ${itemCode}`, 'deptCode'));
    return claim;
  }

  @Authorized('staff', 'leader')
  @Mutation(() => ItemClaim, { description: '部门撤回对监管事项的认领（仅限本部门）' })
  async withdrawClaim(@Arg('itemCode') itemCode: string, @Arg('deptCode') deptCode: string, @Ctx() ctx: SubgraphContext) {
    assertMayClaim(ctx.user, deptCode);
    const claim = await ctx.em.findOne(ItemClaim, { itemCode, deptCode, status: ItemClaimStatus.claimed });
    if (!claim) throw new HubError('CLAIM_NOT_FOUND', `部门 ${deptCode} 未认领监管事项 ${itemCode}`, 'deptCode');
    ctx.em.assign(claim, { status: ItemClaimStatus.withdrawn, withdrawnAt: new Date(), sourceDept: sourceDeptOf(ctx.user, claim.sourceDept) });
    await flushChecked(ctx.em);
    return claim;
  }
}
