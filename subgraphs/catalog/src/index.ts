import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { CheckContent } from './entities/CheckContent';
import { CheckImplList } from './entities/CheckImplList';
import { ItemClaim } from './entities/ItemClaim';
import { RegItem } from './entities/RegItem';
import { RegSubItem } from './entities/RegSubItem';
import { VersionedRecord } from './entities/VersionedRecord';
import { CheckImplListResolver } from './resolvers/CheckImplListResolver';
import { ItemClaimResolver } from './resolvers/ItemClaimResolver';
import { LawArticleCitationResolver } from './resolvers/LawArticleCitationResolver';
import { RegItemResolver } from './resolvers/RegItemResolver';
import { RegSubItemResolver } from './resolvers/RegSubItemResolver';
import { resolveCheckImplListReference, resolveRegItemReference } from './resolvers/references';
import { seedCatalog } from './seed';

/** 监管事项目录清单库: versioned items, sub-items, implementation lists, check contents and claims. */
export const catalogSubgraph: SubgraphDefinition = {
  name: 'catalog',
  entities: [BaseRecord, VersionedRecord, RegItem, RegSubItem, CheckImplList, CheckContent, ItemClaim],
  resolvers: [RegItemResolver, CheckImplListResolver, ItemClaimResolver, RegSubItemResolver, LawArticleCitationResolver],
  referenceResolvers: {
    RegItem: { __resolveReference: resolveRegItemReference },
    CheckImplList: { __resolveReference: resolveCheckImplListReference },
  },
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  seed: seedCatalog,
};

export default catalogSubgraph;
export { regItemSpec, implListSpec } from './ingest/catalogSpecs';
export { regItemIngest } from './ingest/regItemIngest';
export { implListIngest } from './ingest/implListIngest';
