import { loaderOf, manyByKey, oneByKey, SubgraphContext, firstRowsPerKey, uuidsOf } from '@hub/runtime';
import { CheckContent } from '../entities/CheckContent';
import { CheckImplList } from '../entities/CheckImplList';
import { ItemClaim } from '../entities/ItemClaim';
import { RegItem } from '../entities/RegItem';
import { RegSubItem } from '../entities/RegSubItem';
import { ItemClaimStatus } from '../entities/catalogEnums';
import { claimsIncludeWithdrawn, isPublic, PUBLIC_VIEW_SQL, visible } from '../policy';

// One query per request and relation: the gateway resolves many items or lists at once. Each applies what
// the caller may see (policy.ts): the public gets current, valid, normal records only.

export const currentItemByCode = (ctx: SubgraphContext) =>
  loaderOf<string, RegItem | null>(ctx, 'catalog.currentItemByCode', async (codes) =>
    oneByKey(codes, await ctx.em.find(RegItem, visible(ctx.user, 'RegItem', { itemCode: { $in: [...codes] }, isCurrent: true })), (i) => i.itemCode));

export const currentListByCode = (ctx: SubgraphContext) =>
  loaderOf<string, CheckImplList | null>(ctx, 'catalog.currentListByCode', async (codes) =>
    oneByKey(codes, await ctx.em.find(CheckImplList, visible(ctx.user, 'CheckImplList', { code: { $in: [...codes] }, isCurrent: true })), (l) => l.code));

/** Sub-items of item versions (by version row id). */
export const subItemsOfVersion = (ctx: SubgraphContext) =>
  loaderOf<string, RegSubItem[]>(ctx, 'catalog.subItemsOfVersion', async (ids) =>
    manyByKey(ids, await ctx.em.find(RegSubItem, visible(ctx.user, 'RegSubItem', { item: { $in: [...ids] } }), { orderBy: { sortOrder: 'asc', id: 'asc' } }), (s) => s.item.id));

/** Contents of list versions (by version row id). */
export const contentsOfVersion = (ctx: SubgraphContext) =>
  loaderOf<string, CheckContent[]>(ctx, 'catalog.contentsOfVersion', async (ids) =>
    manyByKey(ids, await ctx.em.find(CheckContent, visible(ctx.user, 'CheckContent', { list: { $in: [...ids] } }), { orderBy: { sortOrder: 'asc', id: 'asc' } }), (c) => c.list.id));

/** Claims of items (claims follow the item code across versions). */
export const claimsOfItem = (ctx: SubgraphContext, asked: boolean) => {
  const includeWithdrawn = claimsIncludeWithdrawn(ctx.user, asked);
  return loaderOf<string, ItemClaim[]>(ctx, `catalog.claimsOfItem:${includeWithdrawn}`, async (codes) => {
    const where = includeWithdrawn ? { itemCode: { $in: [...codes] } } : { itemCode: { $in: [...codes] }, status: ItemClaimStatus.claimed };
    return manyByKey(codes, await ctx.em.find(ItemClaim, where, { orderBy: { claimedAt: 'asc', id: 'asc' } }), (c) => c.itemCode);
  });
};

/**
 * The first `first` current lists of each item, in code order: one windowed query for all items, so
 * an item with thousands of county lists does not load them all.
 */
export const implListsOfItem = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, CheckImplList[]>(ctx, `catalog.implListsOfItem:${first}`, (codes) =>
    firstRowsPerKey(ctx.em, CheckImplList, codes, first, {
      table: '"catalog"."check_impl_list"',
      keyColumn: 'item_code',
      orderBy: 't.code, t.id',
      where: isPublic(ctx.user) ? PUBLIC_VIEW_SQL.CheckImplList : 't.is_current',
    }));

/** The public's view (policy.ts PUBLIC_VIEW) of a citing sub-item `s` and its item `i`. */
const PUBLIC_CITATION_SQL = `i.data_status = 'normal' and i.status = 1 and s.data_status = 'normal' and s.status = 1`;

/**
 * The current items (first `first` by item code) whose sub-items cite each article (`basis_article_ids`,
 * GIN-indexed), as far as the caller may see them: one statement for all the articles of the request.
 */
export const itemsCitingArticle = (ctx: SubgraphContext, first: number) =>
  loaderOf<string, RegItem[]>(ctx, `catalog.itemsCitingArticle:${first}`, async (articleIds) => {
    const ids = uuidsOf(articleIds);
    const groups = new Map<string, RegItem[]>(ids.map((id) => [id, []]));
    if (ids.length && first > 0) {
      const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
        `select * from (
           select c.*, row_number() over (partition by c.cited_article_id order by c.item_code, c.id) as rank_in_key
           from (
             select distinct on (a.article_id, i.id) a.article_id as cited_article_id, i.*
             from "catalog"."reg_sub_item" s
             cross join lateral unnest(s.basis_article_ids) as a(article_id)
             join "catalog"."reg_item" i on i.id = s.item_id
             where s.basis_article_ids && array[?]::uuid[] and a.article_id in (?) and i.is_current
               ${isPublic(ctx.user) ? `and ${PUBLIC_CITATION_SQL}` : ''}
             order by a.article_id, i.id
           ) c
         ) ranked
         where rank_in_key <= ?
         order by cited_article_id, rank_in_key`,
        [ids, ids, first],
        'all',
      );
      for (const { cited_article_id: articleId, rank_in_key: _rank, ...row } of rows) {
        groups.get(String(articleId))?.push(ctx.em.map(RegItem, row as never));
      }
    }
    return articleIds.map((id) => groups.get(id) ?? []);
  });
