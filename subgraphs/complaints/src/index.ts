import path from 'node:path';
import type { SubgraphDefinition } from '@hub/runtime';
import { BaseRecord } from '@hub/runtime';
import { Complaint } from './entities/Complaint';
import { ComplaintResolver } from './resolvers/ComplaintResolver';
import { SubjectComplaintsResolver } from './resolvers/SubjectComplaintsResolver';
import { ComplaintPrivacyResolver } from './resolvers/ComplaintPrivacyResolver';
import { resolveComplaintReference } from './resolvers/Complaint.reference';
import { seedComplaints } from './seed';

/** 投诉举报库: complaints, tips and enquiries, their handling, and public tracking by number and 查询码. */
export const complaintsSubgraph: SubgraphDefinition = {
  name: 'complaints',
  entities: [BaseRecord, Complaint],
  resolvers: [ComplaintResolver, ComplaintPrivacyResolver, SubjectComplaintsResolver],
  referenceResolvers: { Complaint: { __resolveReference: resolveComplaintReference } },
  migrationsPath: path.join(__dirname, '..', 'migrations'),
  seed: seedComplaints,
};

export default complaintsSubgraph;
export { complaintSpec } from './ingest/complaintSpec';
export { complaintIngest } from './ingest/complaintIngest';
