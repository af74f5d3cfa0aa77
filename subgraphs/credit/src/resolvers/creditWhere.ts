import { FilterQuery, raw } from '@mikro-orm/core';
import { DataStatus } from '@hub/runtime';
import { PenaltyPublicity } from '../entities/PenaltyPublicity';
import { LicensePublicity } from '../entities/LicensePublicity';
import { CreditListing } from '../entities/CreditListing';
import { PenaltyPublicityFilter } from './PenaltyPublicityFilter';
import { LicensePublicityFilter } from './LicensePublicityFilter';
import { CreditListingFilter } from './CreditListingFilter';

// Credit data arrives keyed by USCC, in upper case; clients may type it in lower case.
const code = (s: string) => s.trim().toUpperCase();
const statusIn = (dataStatus?: DataStatus[]) => ({ dataStatus: { $in: dataStatus?.length ? dataStatus : [DataStatus.normal] } });

export function penaltyPublicityWhere(filter: PenaltyPublicityFilter | undefined): FilterQuery<PenaltyPublicity> {
  const and: FilterQuery<PenaltyPublicity>[] = [statusIn(filter?.dataStatus)];
  if (filter?.uscc) and.push({ uscc: code(filter.uscc) });
  if (filter?.authorityUscc) and.push({ authorityUscc: code(filter.authorityUscc) });
  if (filter?.decisionDateFrom) and.push({ decisionDate: { $gte: filter.decisionDateFrom } });
  if (filter?.decisionDateTo) and.push({ decisionDate: { $lte: filter.decisionDateTo } });
  if (filter?.status?.length) and.push({ status: { $in: filter.status } });
  // Same predicate as the partial index penalty_publicity_late_idx, so the planner can use it.
  if (filter?.publishedLate === true) and.push({ publishedAt: { $gt: raw('"publish_deadline"') } });
  if (filter?.publishedLate === false) and.push({ publishedAt: { $lte: raw('"publish_deadline"') } });
  return { $and: and };
}

export function licensePublicityWhere(filter: LicensePublicityFilter | undefined): FilterQuery<LicensePublicity> {
  const and: FilterQuery<LicensePublicity>[] = [statusIn(filter?.dataStatus)];
  if (filter?.uscc) and.push({ uscc: code(filter.uscc) });
  if (filter?.authorityUscc) and.push({ authorityUscc: code(filter.authorityUscc) });
  if (filter?.licenceNo) and.push({ licenceNo: filter.licenceNo.trim() });
  if (filter?.decisionDateFrom) and.push({ decisionDate: { $gte: filter.decisionDateFrom } });
  if (filter?.decisionDateTo) and.push({ decisionDate: { $lte: filter.decisionDateTo } });
  if (filter?.status) and.push({ status: filter.status });
  return { $and: and };
}

/** Current = not removed, and the term (if any) not over on `today`. */
export const currentListing = (today: string): FilterQuery<CreditListing> => ({
  removedAt: null,
  $or: [{ until: null }, { until: { $gte: today } }],
});

export function creditListingWhere(filter: CreditListingFilter | undefined, today: string): FilterQuery<CreditListing> {
  const and: FilterQuery<CreditListing>[] = [statusIn(filter?.dataStatus)];
  if (filter?.uscc) and.push({ uscc: code(filter.uscc) });
  if (filter?.listType?.length) and.push({ listType: { $in: filter.listType } });
  if (filter?.current === true) and.push(currentListing(today));
  if (filter?.current === false) and.push({ $or: [{ removedAt: { $ne: null } }, { until: { $lt: today } }] });
  return { $and: and };
}

export const normalizeCode = code;
