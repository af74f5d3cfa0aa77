import { EntityName } from '@mikro-orm/core';
import { DataStatus, HubError, loaderOf, SubgraphContext } from '@hub/runtime';
import { Inspection } from '../entities/Inspection';
import { Penalty } from '../entities/Penalty';
import { Coercion } from '../entities/Coercion';
import { uuidsOf } from './uuid';

const SCHEMA = 'enforcement';
export const MAX_NESTED = 100;

/** A subject's newest records: the key carries `first` so that different page sizes do not share a batch result. */
interface Latest<T extends object> {
  name: string;
  entity: EntityName<T>;
  table: string;
  /** Newest first, `id` breaks ties; matches the per-subject index of the table. */
  order: string;
}

/**
 * The newest `first` rows of each subject of the batch, in ONE statement: row_number() per subject_id,
 * then `rn <= first`. The gateway sends hundreds of subjects at once; this stays one query.
 */
function latestPerSubject<T extends object>({ name, entity, table, order }: Latest<T>) {
  return (ctx: SubgraphContext, subjectId: string, first: number) => {
    if (!Number.isInteger(first) || first < 0 || first > MAX_NESTED) {
      throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_NESTED}之间`, 'first');
    }
    const loader = loaderOf<string, T[]>(ctx, `subject.${name}`, async (keys) => {
      const parsed = keys.map((k) => ({ first: Number(k.slice(0, k.indexOf(':'))), subjectId: k.slice(k.indexOf(':') + 1) }));
      const ids = uuidsOf([...new Set(parsed.map((p) => p.subjectId))]);
      const limit = Math.max(0, ...parsed.map((p) => p.first));
      const grouped = new Map<string, T[]>();
      if (ids.length && limit > 0) {
        const knex = ctx.em.getKnex();
        const ranked = knex(table).withSchema(SCHEMA)
          .select('*', knex.raw(`row_number() over (partition by subject_id order by ${order}) as rn`))
          .whereIn('subject_id', ids).andWhere('data_status', DataStatus.normal);
        const query = knex.select('*').from(ranked.as('ranked')).where('rn', '<=', limit).orderBy(['subject_id', 'rn']);
        const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(query);
        for (const { rn: _rn, ...row } of rows) {
          const list = grouped.get(row.subject_id as string) ?? [];
          list.push(ctx.em.map(entity, row as never) as T);
          grouped.set(row.subject_id as string, list);
        }
      }
      return parsed.map((p) => (grouped.get(p.subjectId) ?? []).slice(0, p.first));
    });
    return loader.load(`${first}:${subjectId}`);
  };
}

export const latestInspections = latestPerSubject({ name: 'inspections', entity: Inspection, table: 'inspection', order: 'check_date desc, id desc' });
export const latestPenalties = latestPerSubject({ name: 'penalties', entity: Penalty, table: 'penalty', order: 'decision_date desc, id desc' });
export const latestCoercions = latestPerSubject({ name: 'coercions', entity: Coercion, table: 'coercion', order: 'start desc, id desc' });

/** Number of inspections per subject, one grouped count for the batch. */
export const inspectionCountOf = (ctx: SubgraphContext) =>
  loaderOf<string, number>(ctx, 'subject.inspectionCount', async (subjectIds) => {
    const ids = uuidsOf(subjectIds);
    const counts = new Map<string, number>();
    if (ids.length) {
      const knex = ctx.em.getKnex();
      const query = knex('inspection').withSchema(SCHEMA).select('subject_id').count({ n: '*' })
        .whereIn('subject_id', ids).andWhere('data_status', DataStatus.normal).groupBy('subject_id');
      const rows = await ctx.em.getConnection().execute<{ subject_id: string; n: string }[]>(query);
      for (const r of rows) counts.set(r.subject_id, Number(r.n));
    }
    return subjectIds.map((id) => counts.get(id) ?? 0);
  });
