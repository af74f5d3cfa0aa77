import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { DataStatus, loaderOf, manyByKey, oneByKey, SubgraphContext, firstRowsPerKey, uuidsOf } from '@hub/runtime';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { LicensePublicity } from '../entities/LicensePublicity';
import { CreditListing } from '../entities/CreditListing';
import { PublicityStatus } from '../entities/creditEnums';
import {
  licenseVisibility, licenseVisibilitySql, listingVisibility, penaltyVisibility, penaltyVisibilitySql, restrict, Visibility, VisibilitySql,
} from '../policy';

/** By id, only what the caller may see (root by-id queries and `__resolveReference` share it): one query per request. */
function visibleById<T extends { id: string }>(ctx: SubgraphContext, entity: EntityClass<T>, visibility: Visibility<T>) {
  return loaderOf<string, T | null>(ctx, `${entity.name}.visibleById`, async (ids) => {
    const where = restrict({ id: { $in: uuidsOf(ids) } } as unknown as FilterQuery<T>, visibility);
    if (where === null) return ids.map(() => null);
    return oneByKey(ids, (await ctx.em.find(entity, where)) as T[], (r) => r.id);
  });
}

export const penaltyPublicityById = (ctx: SubgraphContext) => visibleById(ctx, PenaltyPublicity, penaltyVisibility(ctx.user));

export const licensePublicityById = (ctx: SubgraphContext) => visibleById(ctx, LicensePublicity, licenseVisibility(ctx.user));

export const creditListingById = (ctx: SubgraphContext) => visibleById(ctx, CreditListing, listingVisibility(ctx.user));

/** `t.…` conditions joined; null when the caller may see nothing. */
function sqlAnd(base: string, rule: VisibilitySql): { where: string; params: unknown[] } | null {
  if (rule === null) return null;
  return rule ? { where: `${base} and ${rule.sql}`, params: rule.params } : { where: base, params: [] };
}

/** Publicities shown for a subject: valid records in 正常 status the caller may see, newest decision first. */
export const penaltyPublicitiesOfUscc = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, PenaltyPublicity[]>(ctx, `penaltyPublicity.byUscc.${first}`, async (usccs) => {
    const where = sqlAnd(`t.data_status = 'normal' and t.status = '${PublicityStatus.normal}'`, penaltyVisibilitySql(ctx.user));
    if (!where) return usccs.map(() => []);
    return firstRowsPerKey(ctx.em, PenaltyPublicity, usccs, first, {
      table: '"credit"."penalty_publicity"',
      keyColumn: 'uscc',
      orderBy: 't.decision_date desc, t.id',
      ...where,
    });
  });

export const licensePublicitiesOfUscc = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, LicensePublicity[]>(ctx, `licensePublicity.byUscc.${first}`, async (usccs) => {
    const where = sqlAnd(`t.data_status = 'normal'`, licenseVisibilitySql(ctx.user));
    if (!where) return usccs.map(() => []);
    return firstRowsPerKey(ctx.em, LicensePublicity, usccs, first, {
      table: '"credit"."license_publicity"',
      keyColumn: 'uscc',
      orderBy: 't.decision_date desc, t.id',
      ...where,
    });
  });

/**
 * Every listing of the subjects the caller may see, newest first. A subject has few (one open entry per list
 * at most), so no limit is needed; `creditListings`, `onAbnormalList` and `onSeriousViolationList` share this load.
 */
export const listingsOfUscc = (ctx: SubgraphContext) =>
  loaderOf<string, CreditListing[]>(ctx, 'creditListing.byUscc', async (usccs) => {
    const where = restrict<CreditListing>({ uscc: { $in: [...usccs] }, dataStatus: DataStatus.normal }, listingVisibility(ctx.user));
    if (where === null) return usccs.map(() => []);
    return manyByKey(usccs, await ctx.em.find(CreditListing, where, { orderBy: [{ listedAt: 'desc' }, { id: 'asc' }] }), (l) => l.uscc);
  });
