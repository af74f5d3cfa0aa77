import { EntityName } from '@mikro-orm/core';
import { DataStatus, loaderOf, manyByKey, oneByKey, SubgraphContext } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { InspectionInspector } from '../entities/InspectionInspector';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { OtherAction } from '../entities/OtherAction';
import { uuidsOf } from './uuid';

// Every cross-entity field goes through one of these per-request loaders: the gateway resolves a list of
// parents at once, and each field costs one statement however many parents there are.

function byIdLoader<T extends { id: string }>(name: string, entity: EntityName<T>) {
  return (ctx: SubgraphContext) =>
    loaderOf<string, T | null>(ctx, `${name}.byId`, async (ids) =>
      oneByKey(ids, (await ctx.em.find(entity, { id: { $in: uuidsOf(ids) } } as never)) as T[], (r) => r.id));
}

export const inspectionById = byIdLoader('inspection', Inspection);
export const penaltyById = byIdLoader('penalty', Penalty);
export const coercionById = byIdLoader('coercion', Coercion);
export const otherActionById = byIdLoader('otherAction', OtherAction);

export const inspectorsOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, InspectionInspector[]>(ctx, 'inspection.inspectors', async (ids) =>
    manyByKey(ids, await ctx.em.find(InspectionInspector, { inspectionId: { $in: uuidsOf(ids) } }, { orderBy: { inspectionId: 'asc', ordinal: 'asc' } }), (r) => r.inspectionId));

export const penaltiesOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, Penalty[]>(ctx, 'inspection.penalties', async (ids) =>
    manyByKey(ids, await ctx.em.find(Penalty, { inspectionId: { $in: uuidsOf(ids) }, dataStatus: DataStatus.normal }, { orderBy: { decisionDate: 'desc', id: 'desc' } }), (r) => r.inspectionId));

export const coercionsOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, Coercion[]>(ctx, 'inspection.coercions', async (ids) =>
    manyByKey(ids, await ctx.em.find(Coercion, { inspectionId: { $in: uuidsOf(ids) }, dataStatus: DataStatus.normal }, { orderBy: { start: 'desc', id: 'desc' } }), (r) => r.inspectionId));
