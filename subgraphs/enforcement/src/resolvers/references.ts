import { SubgraphContext } from '@hub/runtime';
import { enforcerByCertNo, enforcerById } from './enforcerLoaders';
import { coercionById, inspectionById, otherActionById, penaltyById } from './behaviourLoaders';
import { visible } from '../access';

/**
 * `__resolveReference` of the entities this library owns, each through a per-request loader; a record the
 * caller may not read resolves to null, so an `_entities` call straight to the subgraph leaks nothing.
 */
export const referenceResolvers = {
  Enforcer: {
    __resolveReference: async (ref: { id?: string; certNo?: string }, ctx: SubgraphContext) =>
      visible(ctx.user, 'Enforcer', await (ref.id ? enforcerById(ctx).load(ref.id) : enforcerByCertNo(ctx).load(ref.certNo!))),
  },
  Inspection: { __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => visible(ctx.user, 'Inspection', await inspectionById(ctx).load(ref.id)) },
  Penalty: { __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => visible(ctx.user, 'Penalty', await penaltyById(ctx).load(ref.id)) },
  Coercion: { __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => visible(ctx.user, 'Coercion', await coercionById(ctx).load(ref.id)) },
  OtherAction: { __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => visible(ctx.user, 'OtherAction', await otherActionById(ctx).load(ref.id)) },
};
