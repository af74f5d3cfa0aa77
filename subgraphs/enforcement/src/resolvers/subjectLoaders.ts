import { EntityName } from '@mikro-orm/core';
import { DataStatus, firstRowsPerKey, loaderOf, nestedLimit, SubgraphContext, uuidsOf } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { ScopedType } from '../policy';
import { scopeCondition } from '../access';

const SCHEMA = 'enforcement';

/** A subject's newest records: the key carries `first` so that different page sizes do not share a batch result. */
interface Latest<T extends object> {
  name: string;
  type: ScopedType;
  entity: EntityName<T>;
  table: string;
  /** Newest first, `id` breaks ties; matches the per-subject index of the table. */
  order: string;
}

/**
 * The newest `first` rows of each subject of the batch that the reader may see, in ONE statement
 * (firstRowsPerKey, scope in its WHERE), whatever mix of `first` values the request asks for. The gateway
 * sends hundreds of subjects at once. A reader who may see none of the type gets null, without a query.
 */
function latestPerSubject<T extends object>({ name, type, entity, table, order }: Latest<T>) {
  return (ctx: SubgraphContext, subjectId: string, first: number): Promise<T[]> | null => {
    nestedLimit(first);
    const scope = scopeCondition(ctx.user, type);
    if (scope === null) return null;
    const loader = loaderOf<string, T[]>(ctx, `subject.${name}`, async (keys) => {
      const parsed = keys.map((k) => ({ first: Number(k.slice(0, k.indexOf(':'))), subjectId: k.slice(k.indexOf(':') + 1) }));
      const ids = uuidsOf(parsed.map((p) => p.subjectId));
      const limit = Math.max(0, ...parsed.map((p) => p.first));
      const groups = await firstRowsPerKey(ctx.em, entity, ids, limit, {
        table: `"${SCHEMA}"."${table}"`,
        keyColumn: 'subject_id',
        orderBy: order,
        where: `t.data_status = '${DataStatus.normal}'${scope ? ` and ${scope.sql}` : ''}`,
        params: scope?.params ?? [],
      });
      const grouped = new Map(ids.map((id, i) => [id, groups[i]]));
      return parsed.map((p) => (grouped.get(p.subjectId) ?? []).slice(0, p.first));
    });
    return loader.load(`${first}:${subjectId}`);
  };
}

export const latestInspections = latestPerSubject({ name: 'inspections', type: 'Inspection', entity: Inspection, table: 'inspection', order: 't.check_date desc, t.id desc' });
export const latestPenalties = latestPerSubject({ name: 'penalties', type: 'Penalty', entity: Penalty, table: 'penalty', order: 't.decision_date desc, t.id desc' });
export const latestCoercions = latestPerSubject({ name: 'coercions', type: 'Coercion', entity: Coercion, table: 'coercion', order: 't.start desc, t.id desc' });

/** Number of inspections per subject that the reader may see, one grouped count for the batch (null: sees none). */
export const inspectionCountOf = (ctx: SubgraphContext) =>
  loaderOf<string, number | null>(ctx, 'subject.inspectionCount', async (subjectIds) => {
    const scope = scopeCondition(ctx.user, 'Inspection');
    if (scope === null) return subjectIds.map(() => null);
    const ids = uuidsOf(subjectIds);
    const counts = new Map<string, number>();
    if (ids.length) {
      const knex = ctx.em.getKnex();
      const query = knex('inspection as t').withSchema(SCHEMA).select('subject_id').count({ n: '*' })
        .whereIn('subject_id', ids).andWhere('data_status', DataStatus.normal).groupBy('subject_id');
      if (scope) query.andWhereRaw(scope.sql, scope.params as never);
      const rows = await ctx.em.getConnection().execute<{ subject_id: string; n: string }[]>(query);
      for (const r of rows) counts.set(r.subject_id, Number(r.n));
    }
    return subjectIds.map((id) => counts.get(id) ?? 0);
  });
