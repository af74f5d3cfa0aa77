import { SubgraphContext } from '@hub/runtime';
import { creditListingById, licensePublicityById, penaltyPublicityById } from './creditLoaders';

/** Federation references of the credit library's own records, by id through per-request loaders that apply policy.ts: out of view → null. */
export const creditReferenceResolvers = {
  PenaltyPublicity: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => penaltyPublicityById(ctx).load(ref.id) },
  LicensePublicity: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => licensePublicityById(ctx).load(ref.id) },
  CreditListing: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => creditListingById(ctx).load(ref.id) },
};
