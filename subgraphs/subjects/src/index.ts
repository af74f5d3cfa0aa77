import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { Subject } from './entities/Subject';
import { EquipmentInfo, LegalPersonInfo, NaturalPersonInfo, PlaceInfo, ProductInfo, ProjectInfo } from './entities/SubjectDetails';
import { SubjectResolver } from './resolvers/SubjectResolver';
import { LegalPersonPrivacyResolver, SubjectPrivacyResolver } from './resolvers/SubjectPrivacyResolver';
import { resolveSubjectReference } from './resolvers/Subject.reference';
import { seedSubjects } from './seed';

/** 监管对象库: subjects of every kind, known by id and by certificate number. */
export const subjectsSubgraph: SubgraphDefinition = {
  name: 'subjects',
  entities: [BaseRecord, Subject, LegalPersonInfo, NaturalPersonInfo, EquipmentInfo, ProductInfo, PlaceInfo, ProjectInfo],
  resolvers: [SubjectResolver, SubjectPrivacyResolver, LegalPersonPrivacyResolver],
  referenceResolvers: { Subject: { __resolveReference: resolveSubjectReference } },
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  seed: seedSubjects,
};

export default subjectsSubgraph;
export { subjectSpec } from './ingest/subjectSpec';
export { subjectIngest, mergeSubject } from './ingest/subjectIngest';
