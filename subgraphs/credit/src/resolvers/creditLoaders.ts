import { DataStatus, loaderOf, manyByKey, oneByKey, SubgraphContext } from '@hub/runtime';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { LicensePublicity } from '../entities/LicensePublicity';
import { CreditListing } from '../entities/CreditListing';
import { PublicityStatus } from '../entities/creditEnums';
import { latestPerKey } from './latestPerKey';

export const penaltyPublicityById = (ctx: SubgraphContext) =>
  loaderOf<string, PenaltyPublicity | null>(ctx, 'penaltyPublicity.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(PenaltyPublicity, { id: { $in: [...ids] } }), (p) => p.id));

export const licensePublicityById = (ctx: SubgraphContext) =>
  loaderOf<string, LicensePublicity | null>(ctx, 'licensePublicity.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(LicensePublicity, { id: { $in: [...ids] } }), (p) => p.id));

export const creditListingById = (ctx: SubgraphContext) =>
  loaderOf<string, CreditListing | null>(ctx, 'creditListing.byId', async (ids) =>
    oneByKey(ids, await ctx.em.find(CreditListing, { id: { $in: [...ids] } }), (l) => l.id));

/** Publicities shown for a subject: valid records in 正常 status, newest decision first. */
export const penaltyPublicitiesOfUscc = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, PenaltyPublicity[]>(ctx, `penaltyPublicity.byUscc.${first}`, (usccs) =>
    latestPerKey(ctx.em, PenaltyPublicity, usccs, first, {
      table: '"credit"."penalty_publicity"',
      keyColumn: 'uscc',
      orderBy: 't.decision_date desc, t.id',
      where: `t.data_status = 'normal' and t.status = '${PublicityStatus.normal}'`,
    }));

export const licensePublicitiesOfUscc = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, LicensePublicity[]>(ctx, `licensePublicity.byUscc.${first}`, (usccs) =>
    latestPerKey(ctx.em, LicensePublicity, usccs, first, {
      table: '"credit"."license_publicity"',
      keyColumn: 'uscc',
      orderBy: 't.decision_date desc, t.id',
      where: `t.data_status = 'normal'`,
    }));

/**
 * Every listing of the subjects, newest first. A subject has few (one open entry per list at most), so
 * no limit is needed; `creditListings`, `onAbnormalList` and `onSeriousViolationList` share this load.
 */
export const listingsOfUscc = (ctx: SubgraphContext) =>
  loaderOf<string, CreditListing[]>(ctx, 'creditListing.byUscc', async (usccs) =>
    manyByKey(
      usccs,
      await ctx.em.find(CreditListing, { uscc: { $in: [...usccs] }, dataStatus: DataStatus.normal }, { orderBy: [{ listedAt: 'desc' }, { id: 'asc' }] }),
      (l) => l.uscc,
    ));
