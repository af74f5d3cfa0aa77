import { SubgraphContext } from '@hub/runtime';
import { subjectById, subjectByCertNo } from './subjectLoaders';

/** The gateway asks for subjects by either key. */
export const resolveSubjectReference = (ref: { id?: string; certNo?: string }, ctx: SubgraphContext) =>
  ref.id ? subjectById(ctx).load(ref.id) : subjectByCertNo(ctx).load(ref.certNo!);
