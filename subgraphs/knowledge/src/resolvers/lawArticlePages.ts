import { decodeCursor, encodeCursor, HubError, loaderOf, manyByKey, MAX_PAGE_SIZE, Page, SubgraphContext } from '@hub/runtime';
import { uuidArray } from '../import/pgArray';
import { LawArticle } from '../entities/LawArticle';

/**
 * `Law.articles(page)` for many laws at once: one window-function query returns the first `first + 1`
 * articles after the cursor's ordinal for every law asked in the request, one grouped count the totals.
 */
export function articlesPage(ctx: SubgraphContext, lawId: string, first: number, after: string | null | undefined): Promise<Page<LawArticle>> {
  if (first < 0 || first > MAX_PAGE_SIZE) throw new HubError('INVALID_PAGE_SIZE', `first 应在0到${MAX_PAGE_SIZE}之间`, 'first');
  const fromOrdinal = after ? ordinalOf(after) : 0;
  const loader = loaderOf<string, LawArticle[]>(ctx, `law.articles:${first}:${fromOrdinal}`, async (lawIds) => {
    if (first === 0) return lawIds.map(() => []);
    const rows = await ctx.em.getConnection().execute(
      `select * from (
         select a.*, row_number() over (partition by a.law_id order by a.ordinal) as rn
         from "knowledge"."law_article" a where a.law_id = any(?::uuid[]) and a.ordinal > ?
       ) t where t.rn <= ?`,
      [uuidArray(lawIds), fromOrdinal, first + 1],
    );
    const articles = (rows as Record<string, unknown>[]).map(({ rn: _rn, ...row }) => ctx.em.map(LawArticle, row));
    return manyByKey(lawIds, articles, (a) => a.lawId).map((list) => list.sort((x, y) => x.ordinal - y.ordinal));
  });
  return loader.load(lawId).then((rows) => {
    const nodes = rows.slice(0, first);
    return {
      nodes,
      cursors: nodes.map((a) => encodeCursor(a.ordinal, a.id)),
      hasNextPage: rows.length > first,
      count: () => articleCount(ctx).load(lawId),
    };
  });
}

const articleCount = (ctx: SubgraphContext) =>
  loaderOf<string, number>(ctx, 'law.articleCount', async (lawIds) => {
    const rows = await ctx.em.getConnection().execute(
      'select law_id, count(*)::int as n from "knowledge"."law_article" where law_id = any(?::uuid[]) group by law_id',
      [uuidArray(lawIds)],
    ) as { law_id: string; n: number }[];
    const counts = new Map(rows.map((r) => [r.law_id, r.n]));
    return lawIds.map((id) => counts.get(id) ?? 0);
  });

function ordinalOf(cursor: string): number {
  const [ordinal] = decodeCursor(cursor);
  if (!Number.isInteger(ordinal)) throw new HubError('INVALID_CURSOR', '分页游标无效，请从第一页重新查询', 'after');
  return ordinal as number;
}
