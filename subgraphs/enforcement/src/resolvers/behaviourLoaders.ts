import { DataStatus, loaderOf, manyByKey, SubgraphContext, uuidsOf, recordById } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { InspectionInspector } from '../entities/InspectionInspector';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { OtherAction } from '../entities/OtherAction';

// Every cross-entity field goes through one of these per-request loaders: the gateway resolves a list of
// parents at once, and each field costs one statement however many parents there are.

export const inspectionById = (ctx: SubgraphContext) => recordById(ctx, Inspection);
export const penaltyById = (ctx: SubgraphContext) => recordById(ctx, Penalty);
export const coercionById = (ctx: SubgraphContext) => recordById(ctx, Coercion);
export const otherActionById = (ctx: SubgraphContext) => recordById(ctx, OtherAction);

export const inspectorsOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, InspectionInspector[]>(ctx, 'inspection.inspectors', async (ids) =>
    manyByKey(ids, await ctx.em.find(InspectionInspector, { inspectionId: { $in: uuidsOf(ids) } }, { orderBy: { inspectionId: 'asc', ordinal: 'asc' } }), (r) => r.inspectionId));

export const penaltiesOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, Penalty[]>(ctx, 'inspection.penalties', async (ids) =>
    manyByKey(ids, await ctx.em.find(Penalty, { inspectionId: { $in: uuidsOf(ids) }, dataStatus: DataStatus.normal }, { orderBy: { decisionDate: 'desc', id: 'desc' } }), (r) => r.inspectionId));

export const coercionsOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, Coercion[]>(ctx, 'inspection.coercions', async (ids) =>
    manyByKey(ids, await ctx.em.find(Coercion, { inspectionId: { $in: uuidsOf(ids) }, dataStatus: DataStatus.normal }, { orderBy: { start: 'desc', id: 'desc' } }), (r) => r.inspectionId));
