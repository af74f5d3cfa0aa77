import { DataStatus, loaderOf, manyByKey, SubgraphContext, uuidsOf, recordById } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { InspectionInspector } from '../entities/InspectionInspector';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { OtherAction } from '../entities/OtherAction';
import { scopedWhere } from '../access';

// Every cross-entity field goes through one of these per-request loaders: the gateway resolves a list of
// parents at once, and each field costs one statement however many parents there are.

// By id, unscoped: what a resolver returns from them passes through `visible(…)` (access.ts) first;
// writes use them to find the record they check.
export const inspectionById = (ctx: SubgraphContext) => recordById(ctx, Inspection);
export const penaltyById = (ctx: SubgraphContext) => recordById(ctx, Penalty);
export const coercionById = (ctx: SubgraphContext) => recordById(ctx, Coercion);
export const otherActionById = (ctx: SubgraphContext) => recordById(ctx, OtherAction);

/** Inspectors belong to their inspection: whoever may read the inspection reads them. */
export const inspectorsOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, InspectionInspector[]>(ctx, 'inspection.inspectors', async (ids) =>
    manyByKey(ids, await ctx.em.find(InspectionInspector, { inspectionId: { $in: uuidsOf(ids) } }, { orderBy: { inspectionId: 'asc', ordinal: 'asc' } }), (r) => r.inspectionId));

/** An inspection's penalties that the reader may see (scope in the SQL). */
export const penaltiesOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, Penalty[]>(ctx, 'inspection.penalties', async (ids) => {
    const where = scopedWhere<Penalty>(ctx.user, 'Penalty', [{ inspectionId: { $in: uuidsOf(ids) }, dataStatus: DataStatus.normal }]);
    return manyByKey(ids, where ? await ctx.em.find(Penalty, where, { orderBy: { decisionDate: 'desc', id: 'desc' } }) : [], (r) => r.inspectionId);
  });

/** An inspection's coercions that the reader may see (scope in the SQL). */
export const coercionsOfInspection = (ctx: SubgraphContext) =>
  loaderOf<string, Coercion[]>(ctx, 'inspection.coercions', async (ids) => {
    const where = scopedWhere<Coercion>(ctx.user, 'Coercion', [{ inspectionId: { $in: uuidsOf(ids) }, dataStatus: DataStatus.normal }]);
    return manyByKey(ids, where ? await ctx.em.find(Coercion, where, { orderBy: { start: 'desc', id: 'desc' } }) : [], (r) => r.inspectionId);
  });
