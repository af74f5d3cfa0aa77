import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { PenaltyPublicity } from './entities/PenaltyPublicity';
import { LicensePublicity } from './entities/LicensePublicity';
import { CreditListing } from './entities/CreditListing';
import { Subject } from './entities/CreditSubject';
import { PenaltyPublicityResolver } from './resolvers/PenaltyPublicityResolver';
import { LicensePublicityResolver } from './resolvers/LicensePublicityResolver';
import { CreditListingResolver } from './resolvers/CreditListingResolver';
import { SubjectCreditResolver } from './resolvers/SubjectCreditResolver';
import { LicensePublicityPersonalFields, PenaltyPublicityPersonalFields } from './resolvers/PublicityPersonalFields';
import { creditReferenceResolvers } from './resolvers/references';
import { seedCredit } from './seed';

/** 信用信息库: 双公示 (administrative penalties and licences) and credit lists, keyed by USCC; who sees what: policy.ts. */
export const creditSubgraph: SubgraphDefinition = {
  name: 'credit',
  entities: [BaseRecord, PenaltyPublicity, LicensePublicity, CreditListing],
  resolvers: [
    PenaltyPublicityResolver, LicensePublicityResolver, CreditListingResolver, SubjectCreditResolver,
    PenaltyPublicityPersonalFields, LicensePublicityPersonalFields,
  ],
  // Subject is reached by no query of ours: the gateway enters it through _entities.
  orphanedTypes: [Subject],
  referenceResolvers: creditReferenceResolvers,
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  seed: seedCredit,
};

export default creditSubgraph;
export { penaltyPublicitySpec, licensePublicitySpec, creditListingSpec } from './ingest/creditSpecs';
export { penaltyPublicityIngest, licensePublicityIngest, creditListingIngest } from './ingest/creditIngests';
