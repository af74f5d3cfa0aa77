import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { SubgraphContext, nestedLimit, NESTED_DEFAULT } from '@hub/runtime';
import { Subject } from '../entities/CreditSubject';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { LicensePublicity } from '../entities/LicensePublicity';
import { CreditListing } from '../entities/CreditListing';
import { ListType } from '../entities/creditEnums';
import { chinaToday } from '@hub/codes';
import { licensePublicitiesOfUscc, listingsOfUscc, penaltyPublicitiesOfUscc } from './creditLoaders';
import { listingVisibility } from '../policy';

// Subjects arrive by certificate number; credit records are keyed by USCC in upper case.
const keyOf = (subject: Subject) => subject.certNo.trim().toUpperCase();

/** The credit library's view of a subject: its 双公示 records and its places on credit lists, as far as the caller may see them (policy.ts). */
@Resolver(() => Subject)
export class SubjectCreditResolver {
  @FieldResolver(() => [PenaltyPublicity], { nullable: true, description: '双公示·行政处罚（按处罚决定日期从新到旧，最多 first 条，不超过100）' })
  penaltyPublicities(@Root() subject: Subject, @Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { nullable: true, defaultValue: NESTED_DEFAULT }) first: number | null) {
    return penaltyPublicitiesOfUscc(ctx, nestedLimit(first)).load(keyOf(subject));
  }

  @FieldResolver(() => [LicensePublicity], { nullable: true, description: '双公示·行政许可（按许可决定日期从新到旧，最多 first 条，不超过100）' })
  licensePublicities(@Root() subject: Subject, @Ctx() ctx: SubgraphContext, @Arg('first', () => Int, { nullable: true, defaultValue: NESTED_DEFAULT }) first: number | null) {
    return licensePublicitiesOfUscc(ctx, nestedLimit(first)).load(keyOf(subject));
  }

  @FieldResolver(() => [CreditListing], { nullable: true, description: '信用名单记录（按列入日期从新到旧）；current 为 true 仅当前在名单中的，false 仅已移出或届满的' })
  async creditListings(
    @Root() subject: Subject,
    @Ctx() ctx: SubgraphContext,
    @Arg('current', () => Boolean, { nullable: true }) current?: boolean | null,
  ) {
    const listings = await listingsOfUscc(ctx).load(keyOf(subject));
    if (current === null || current === undefined) return listings;
    const today = chinaToday();
    return listings.filter((l) => l.isCurrent(today) === current);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '当前是否列入经营异常名录' })
  onAbnormalList(@Root() subject: Subject, @Ctx() ctx: SubgraphContext) {
    return isCurrentlyOn(ctx, subject, ListType.abnormal);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '当前是否列入严重违法失信名单' })
  onSeriousViolationList(@Root() subject: Subject, @Ctx() ctx: SubgraphContext) {
    return isCurrentlyOn(ctx, subject, ListType.serious);
  }
}

/** Null for whoever may see no listing at all (the public): "not listed" would be a claim we cannot make to them. */
async function isCurrentlyOn(ctx: SubgraphContext, subject: Subject, listType: ListType): Promise<boolean | null> {
  if (listingVisibility(ctx.user) === null) return null;
  const today = chinaToday();
  return (await listingsOfUscc(ctx).load(keyOf(subject))).some((l) => l.listType === listType && l.isCurrent(today));
}
