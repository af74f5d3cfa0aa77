import { SubgraphContext } from '@hub/runtime';
import { complaintById } from './complaintLoaders';

/** The gateway asks for complaints by id, many at once: one query per request. */
export const resolveComplaintReference = (ref: { id: string }, ctx: SubgraphContext) => complaintById(ctx).load(ref.id);
