import type { EntityManager } from '@mikro-orm/postgresql';
import { flushChecked, HubError } from '@hub/runtime';
import { RegItem } from '../entities/RegItem';
import { RegSubItem } from '../entities/RegSubItem';
import { CreateRegItemInput, RegItemInput, RegSubItemInput } from '../resolvers/RegItemInput';
import { chinaToday } from '@hub/codes';
import { assertCanSupersede, closeVersion } from './versionRules';

type SubItemData = Omit<RegSubItemInput, 'basisArticleIds'> & { basisArticleIds: string[] };

export const itemNotFound = (itemCode: string) => new HubError('ITEM_NOT_FOUND', `未找到监管事项：${itemCode}`, 'itemCode');

const duplicateItem = (itemCode: string) => new HubError('DUPLICATE_ITEM_CODE', `监管事项目录编码 ${itemCode} 已存在`, 'itemCode');

/** Version 1 of a new item, with its sub-items. */
export async function createItem(em: EntityManager, input: CreateRegItemInput): Promise<RegItem> {
  const { subItems, effectiveFrom, ...fields } = input;
  const item = em.create(RegItem, { ...fields, effectiveFrom: effectiveFrom ?? chinaToday() });
  addSubItems(em, item, (subItems ?? []).map(subItemData));
  await flushChecked(em, duplicateItem(input.itemCode));
  return item;
}

/**
 * A change of an item: the current version is closed and a new one written in the same transaction;
 * sub-items not given are carried over. Two concurrent revisions cannot both succeed: the second one
 * fails on the closed row's optimistic lock or on the one-current-version index. `assertMayChange` checks
 * the stored version (the caller's write scope) before anything changes.
 */
export function reviseItem(
  em: EntityManager, itemCode: string, input: RegItemInput, expectedVersion: number, effectiveFrom?: string | null,
  assertMayChange: (current: RegItem) => void = () => {},
): Promise<RegItem> {
  return em.transactional(async (tx) => {
    const current = await tx.findOne(RegItem, { itemCode, isCurrent: true });
    if (!current) throw itemNotFound(itemCode);
    assertMayChange(current);
    const from = effectiveFrom ?? chinaToday();
    assertCanSupersede(current, expectedVersion, from);
    const { subItems, ...fields } = input;
    const carried = subItems ? subItems.map(subItemData) : (await tx.find(RegSubItem, { item: current }, { orderBy: { sortOrder: 'asc' } })).map(subItemData);
    closeVersion(current, from);
    await flushChecked(tx);
    const next = tx.create(RegItem, { ...fields, itemCode, versionNo: current.versionNo + 1, effectiveFrom: from });
    addSubItems(tx, next, carried);
    await flushChecked(tx, new HubError('VERSION_CONFLICT', '该监管事项已被他人同时修改，请刷新后再改', 'expectedVersion'));
    return next;
  });
}

function addSubItems(em: EntityManager, item: RegItem, subItems: SubItemData[]): void {
  subItems.forEach((s, sortOrder) => em.create(RegSubItem, { ...s, item, itemCode: item.itemCode, sortOrder }));
}

function subItemData(s: RegSubItemInput | RegSubItem): SubItemData {
  return {
    subItemCode: s.subItemCode, name: s.name, subPowerCode: s.subPowerCode ?? null, objectCategory: s.objectCategory,
    objectDesc: s.objectDesc, form: s.form, method: s.method, level: s.level, basisArticleIds: [...new Set(s.basisArticleIds ?? [])],
    basisText: s.basisText, process: s.process, result: s.result, scope: [...new Set(s.scope)], implListCode: s.implListCode ?? null, status: s.status,
  };
}
