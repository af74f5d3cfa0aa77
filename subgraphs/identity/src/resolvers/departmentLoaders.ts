import { loaderOf, manyByKey, oneByKey, SubgraphContext } from '@hub/runtime';
import { Department } from '../entities/Department';
import { Organ } from '../entities/Organ';

/** The request's departments by code (deptName of users). */
export const departmentByCode = (ctx: SubgraphContext) =>
  loaderOf<string, Department | null>(ctx, 'Department.byCode', async (codes) =>
    oneByKey(codes, await ctx.em.find(Department, { code: { $in: [...codes] } }), (d) => d.code));

/** The request's organs per department code, bureau first. */
export const organsByDept = (ctx: SubgraphContext) =>
  loaderOf<string, Organ[]>(ctx, 'Organ.byDept', async (codes) =>
    manyByKey(codes, await ctx.em.find(Organ, { deptCode: { $in: [...codes] } }, { orderBy: { adCode: 'asc', uscc: 'asc' } }), (o) => o.deptCode));
