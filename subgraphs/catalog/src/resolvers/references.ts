import { SubgraphContext } from '@hub/runtime';
import { currentItemByCode, currentListByCode } from './catalogLoaders';

/** The gateway names items and lists by code and gets their current versions, as far as the caller may see them (policy.ts). */
export const resolveRegItemReference = (ref: { itemCode: string }, ctx: SubgraphContext) => currentItemByCode(ctx).load(ref.itemCode);

export const resolveCheckImplListReference = (ref: { code: string }, ctx: SubgraphContext) => currentListByCode(ctx).load(ref.code);
