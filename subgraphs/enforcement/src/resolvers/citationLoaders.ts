import { DataStatus, decodeCursor, encodeCursor, HubError, isUuid, loaderOf, Page, SubgraphContext, uuidsOf } from '@hub/runtime';
import { Penalty } from '../entities/Penalty';
import { scopeCondition } from '../access';

// The penalties citing a law article (`basis_article_ids`, GIN-indexed), newest decision first, for every
// article of a request in ONE statement per field: the gateway resolves a whole list of articles at once.
// The reader's scope is in the SQL (access.ts scopeCondition, the same policy as `penalties`).

const SEP = '\u001f';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `after` of the page: the (decision date, id) of the last penalty seen, as the `penalties` list writes it. */
export function citedAfter(after: string | null | undefined): { date: string; id: string } | null {
  if (!after) return null;
  const [date, id] = decodeCursor(after);
  if (typeof date !== 'string' || !DATE.test(date) || !isUuid(id)) throw new HubError('INVALID_CURSOR', '分页游标无效，请从第一页重新查询', 'after');
  return { date, id };
}

/**
 * One page of the penalties citing each article that the reader may see: keys carry the page (`first`,
 * `after`) so that any mix of pages in one request is still one statement. Undefined: the reader may see no
 * penalty at all (the public), answered without a query.
 */
export function penaltiesCitingArticle(ctx: SubgraphContext, articleId: string, first: number, after: { date: string; id: string } | null): Promise<Page<Penalty>> | undefined {
  const scope = scopeCondition(ctx.user, 'Penalty');
  if (scope === null) return undefined;
  const loader = loaderOf<string, Page<Penalty>>(ctx, 'lawArticle.citedByPenalties', async (keys) => {
    const wanted = keys.map((key, n) => {
      const [limit, afterDate, afterId, id] = key.split(SEP);
      return { n, article_id: id, after_date: afterDate || null, after_id: afterId || null, lim: Number(limit) + 1 };
    });
    const asked = wanted.filter((k) => isUuid(k.article_id) && k.lim > 1);
    const rows = asked.length
      ? await ctx.em.getConnection().execute<Record<string, unknown>[]>(
        `select k.n as cited_key, p.*
         from json_to_recordset(?::json) as k(n int, article_id uuid, after_date date, after_id uuid, lim int)
         cross join lateral (
           select t.* from "enforcement"."penalty" t
           where t.basis_article_ids @> array[k.article_id] and t.data_status = '${DataStatus.normal}'
             and (k.after_id is null or (t.decision_date, t.id) < (k.after_date, k.after_id))
             ${scope ? `and ${scope.sql}` : ''}
           order by t.decision_date desc, t.id desc
           limit k.lim
         ) p
         order by k.n, p.decision_date desc, p.id desc`,
        [JSON.stringify(asked), ...(scope?.params ?? [])],
        'all',
      )
      : [];
    const found = new Map<number, Penalty[]>(wanted.map((k) => [k.n, []]));
    for (const { cited_key: n, ...row } of rows) found.get(Number(n))?.push(ctx.em.map(Penalty, row as never));
    return wanted.map((k): Page<Penalty> => {
      const limit = k.lim - 1;
      const nodes = found.get(k.n)!.slice(0, limit);
      return {
        nodes,
        cursors: nodes.map((p) => encodeCursor(p.decisionDate, p.id)),
        hasNextPage: found.get(k.n)!.length > limit,
        count: () => penaltyCountCitingArticle(ctx).load(k.article_id),
      };
    });
  });
  return loader.load([first, after?.date ?? '', after?.id ?? '', articleId].join(SEP));
}

/** How many penalties the reader may see cite each article (`totalCount`): one grouped statement per request. */
export const penaltyCountCitingArticle = (ctx: SubgraphContext) =>
  loaderOf<string, number>(ctx, 'lawArticle.citedByPenaltyCount', async (articleIds) => {
    const scope = scopeCondition(ctx.user, 'Penalty');
    const ids = uuidsOf(articleIds);
    if (scope === null || !ids.length) return articleIds.map(() => 0);
    const rows = await ctx.em.getConnection().execute<{ article_id: string; n: number }[]>(
      // The JSON comes first in the text: knex binds `?` in order of appearance.
      `select k.article_id, c.n
       from json_to_recordset(?::json) as k(article_id uuid)
       cross join lateral (
         select count(*)::int as n from "enforcement"."penalty" t
         where t.basis_article_ids @> array[k.article_id] and t.data_status = '${DataStatus.normal}' ${scope ? `and ${scope.sql}` : ''}
       ) c`,
      [JSON.stringify(ids.map((id) => ({ article_id: id }))), ...(scope?.params ?? [])],
      'all',
    );
    const counts = new Map(rows.map((r) => [String(r.article_id), Number(r.n)]));
    return articleIds.map((id) => counts.get(id) ?? 0);
  });
