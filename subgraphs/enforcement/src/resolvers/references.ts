import { SubgraphContext } from '@hub/runtime';
import { enforcerByCertNo, enforcerById } from './enforcerLoaders';
import { coercionById, inspectionById, otherActionById, penaltyById } from './behaviourLoaders';

/** `__resolveReference` of the entities this library owns, each through a per-request loader. */
export const referenceResolvers = {
  Enforcer: {
    __resolveReference: (ref: { id?: string; certNo?: string }, ctx: SubgraphContext) =>
      ref.id ? enforcerById(ctx).load(ref.id) : enforcerByCertNo(ctx).load(ref.certNo!),
  },
  Inspection: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => inspectionById(ctx).load(ref.id) },
  Penalty: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => penaltyById(ctx).load(ref.id) },
  Coercion: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => coercionById(ctx).load(ref.id) },
  OtherAction: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => otherActionById(ctx).load(ref.id) },
};
