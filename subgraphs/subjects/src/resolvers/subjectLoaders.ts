import type { FilterQuery } from '@mikro-orm/core';
import { loaderOf, oneByKey, SubgraphContext, uuidsOf } from '@hub/runtime';
import { Subject } from '../entities/Subject';
import { subjectReadWhere } from '../policy';

/**
 * The subjects of `keys` the caller may read, in key order (null for unknown and out-of-scope keys): one
 * query per request whatever asks (root lookups, `__resolveReference`), with the read rule in its SQL.
 */
async function visibleSubjects(ctx: SubgraphContext, keys: FilterQuery<Subject>): Promise<Subject[]> {
  const scope = subjectReadWhere(ctx.user);
  if (scope === null) return [];
  return ctx.em.find(Subject, scope ? { $and: [keys, scope] } : keys);
}

/** By id (the gateway sends duplicates: DataLoader dedups); malformed ids are null, not an error. */
export const subjectById = (ctx: SubgraphContext) =>
  loaderOf<string, Subject | null>(ctx, 'subject.byId', async (ids) =>
    oneByKey(ids, await visibleSubjects(ctx, { id: { $in: uuidsOf(ids) } }), (s) => s.id));

/** By certificate number, as stored (upper case, unmasked). */
export const subjectByCertNo = (ctx: SubgraphContext) =>
  loaderOf<string, Subject | null>(ctx, 'subject.byCertNo', async (certNos) =>
    oneByKey(certNos, await visibleSubjects(ctx, { certNo: { $in: [...certNos] } }), (s) => s.certNo));
