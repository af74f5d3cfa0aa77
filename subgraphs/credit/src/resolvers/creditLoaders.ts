import { DataStatus, loaderOf, manyByKey, SubgraphContext, firstRowsPerKey, recordById } from '@hub/runtime';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { LicensePublicity } from '../entities/LicensePublicity';
import { CreditListing } from '../entities/CreditListing';
import { PublicityStatus } from '../entities/creditEnums';

export const penaltyPublicityById = (ctx: SubgraphContext) => recordById(ctx, PenaltyPublicity);

export const licensePublicityById = (ctx: SubgraphContext) => recordById(ctx, LicensePublicity);

export const creditListingById = (ctx: SubgraphContext) => recordById(ctx, CreditListing);

/** Publicities shown for a subject: valid records in 正常 status, newest decision first. */
export const penaltyPublicitiesOfUscc = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, PenaltyPublicity[]>(ctx, `penaltyPublicity.byUscc.${first}`, (usccs) =>
    firstRowsPerKey(ctx.em, PenaltyPublicity, usccs, first, {
      table: '"credit"."penalty_publicity"',
      keyColumn: 'uscc',
      orderBy: 't.decision_date desc, t.id',
      where: `t.data_status = 'normal' and t.status = '${PublicityStatus.normal}'`,
    }));

export const licensePublicitiesOfUscc = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, LicensePublicity[]>(ctx, `licensePublicity.byUscc.${first}`, (usccs) =>
    firstRowsPerKey(ctx.em, LicensePublicity, usccs, first, {
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
