import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { Enforcer } from './entities/Enforcer';
import { Inspection } from './entities/Inspection';
import { InspectionInspector } from './entities/InspectionInspector';
import { Penalty } from './entities/Penalty';
import { PenaltyClosing, PenaltyCollectiveDiscussion, PenaltyLegalReview, PenaltyLicenceRevoked } from './entities/PenaltyParts';
import { Coercion } from './entities/Coercion';
import { OtherAction } from './entities/OtherAction';
import { EnforcerResolver } from './resolvers/EnforcerResolver';
import { InspectionResolver } from './resolvers/InspectionResolver';
import { InspectorAssignmentResolver } from './resolvers/InspectorAssignmentResolver';
import { PenaltyResolver } from './resolvers/PenaltyResolver';
import { CoercionResolver } from './resolvers/CoercionResolver';
import { OtherActionResolver } from './resolvers/OtherActionResolver';
import { SubjectBehaviourResolver } from './resolvers/SubjectBehaviourResolver';
import { RandomInspectionResolver } from './resolvers/RandomInspectionResolver';
import { LawArticleCitationResolver } from './resolvers/LawArticleCitationResolver';
import { referenceResolvers } from './resolvers/references';
import { seedEnforcement } from './seed';

/** 执法人员库 + 监管行为库: enforcers, inspections with their inspectors, penalties, coercions, other actions. */
export const enforcementSubgraph: SubgraphDefinition = {
  name: 'enforcement',
  entities: [
    BaseRecord, Enforcer, Inspection, InspectionInspector, Penalty, Coercion, OtherAction,
    PenaltyLegalReview, PenaltyCollectiveDiscussion, PenaltyLicenceRevoked, PenaltyClosing,
  ],
  resolvers: [
    EnforcerResolver, InspectionResolver, InspectorAssignmentResolver, PenaltyResolver, CoercionResolver, OtherActionResolver, SubjectBehaviourResolver,
    RandomInspectionResolver, LawArticleCitationResolver,
  ],
  referenceResolvers,
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  seed: seedEnforcement,
};

export default enforcementSubgraph;
export { inspectionIngest } from './ingest/inspectionIngest';
export { inspectionSpec } from './ingest/inspectionSpec';
export { penaltyIngest, coercionIngest, otherActionIngest } from './ingest/behaviourIngests';
export { enforcerIngest } from './ingest/enforcerIngest';
export { penaltySpec, coercionSpec, otherActionSpec, enforcerSpec } from './ingest/behaviourSpecs';
