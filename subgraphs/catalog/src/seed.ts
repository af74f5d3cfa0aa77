import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { CityFrame, CityItem, createFrame, itemAt } from '@hub/city';
import { stableId } from '@hub/codes';
import { insertRows, type SeedOptions } from '@hub/runtime';
import { CheckContent } from './entities/CheckContent';
import { CheckImplList } from './entities/CheckImplList';
import { ItemClaim } from './entities/ItemClaim';
import { RegItem } from './entities/RegItem';
import { RegSubItem } from './entities/RegSubItem';
import { CheckContentType, ImplListEmphasis, ItemClaimStatus, RegItemCategory } from './entities/catalogEnums';

const BATCH = 200;
const SEEDED_AT = new Date('2022-01-01T00:00:00+08:00');

type Rows = Record<string, unknown>[];

/**
 * Writes the seed city's catalogue: version 1 of every item with its sub-items, its implementation
 * lists with their contents, and the departments' claims. Ids are stable, so re-running inserts nothing.
 */
export async function seedCatalog(em: EntityManager, { scale, dataDir }: SeedOptions) {
  const frame = createFrame({ scale, dataDir });
  const counts = { regItems: 0, regSubItems: 0, checkImplLists: 0, checkContents: 0, itemClaims: 0 };
  for (let start = 0; start < frame.itemCount; start += BATCH) {
    const items: CityItem[] = [];
    for (let i = start; i < Math.min(start + BATCH, frame.itemCount); i++) items.push(itemAt(frame, i));
    counts.regItems += await insert(em, RegItem, items.map(itemRow));
    counts.regSubItems += await insert(em, RegSubItem, items.flatMap(subItemRows));
    counts.checkImplLists += await insert(em, CheckImplList, items.flatMap(listRows));
    counts.checkContents += await insert(em, CheckContent, items.flatMap(contentRows));
    counts.itemClaims += await insert(em, ItemClaim, items.flatMap((item) => claimRows(frame, item)));
  }
  return counts;
}

async function insert(em: EntityManager, entity: EntityName<object>, rows: Rows): Promise<number> {
  if (!rows.length) return 0;
  // Any unique key (id, current code, claim pair) already present means the row is there: skip it.
  return insertRows(em, entity, rows as Record<string, unknown>[], { conflictColumn: null });
}

const audit = { sourceDept: 'SEED', createdAt: SEEDED_AT, updatedAt: SEEDED_AT };

function itemRow(item: CityItem) {
  return {
    ...audit, id: item.id, itemCode: item.itemCode, name: item.name, powerItemCode: null, deptName: item.deptName, deptCode: item.deptCode,
    dutyCode: item.dutyCode, lineCode: item.lineCode, category: item.category as RegItemCategory, licenseItemCode: null, licenseItemType: null,
    licenseItemName: null, status: item.status, versionNo: 1, effectiveFrom: item.effectiveFrom, effectiveTo: null, isCurrent: true, supersededAt: null,
  };
}

function subItemRows(item: CityItem) {
  return item.subItems.map((s, sortOrder) => ({
    ...audit, id: stableId('catalog-sub-item', item.id, s.subItemCode), item: item.id, itemCode: item.itemCode, subItemCode: s.subItemCode,
    name: s.name, subPowerCode: null, objectCategory: s.objectCategory, objectDesc: s.objectDesc, form: s.form, method: s.method, level: s.level,
    // Without the law files the city cites articles it cannot name by id: only the text is kept.
    basisArticleIds: s.basis.flatMap((b) => (b.articleId ? [b.articleId] : [])),
    basisText: s.basis.map((b) => b.citation).join('；'), process: s.process, result: s.result, scope: s.scope, implListCode: null, status: 1, sortOrder,
  }));
}

const listId = (item: CityItem, code: string) => stableId('catalog-impl-list', item.id, code);

function listRows(item: CityItem) {
  return item.implLists.map((l) => ({
    ...audit, id: listId(item, l.code), code: l.code, itemCode: item.itemCode, subItemCode: null, orgName: l.orgName, orgUscc: l.orgUscc,
    execLevel: l.execLevel, adCode: l.adCode, checkMethod: l.checkMethod, checkFreq: l.checkFreq, checkBasis: l.checkBasis, objects: l.objects,
    isRandomItem: l.isRandomItem, randomRatio: l.randomRatio, keyOrGeneral: l.keyOrGeneral as ImplListEmphasis,
    versionNo: 1, effectiveFrom: item.effectiveFrom, effectiveTo: null, isCurrent: true, supersededAt: null,
  }));
}

function contentRows(item: CityItem) {
  return item.implLists.flatMap((l) => l.contents.map((c, sortOrder) => ({
    ...audit, id: stableId('catalog-check-content', item.id, l.code, c.code), list: listId(item, l.code), listCode: l.code, code: c.code,
    content: c.content, method: c.method, penaltyBasis: c.penaltyBasis, penaltyPowerCode: null, checkType: c.checkType as CheckContentType, sortOrder,
  })));
}

function claimRows(frame: CityFrame, item: CityItem) {
  return item.claimedBy.map((d, n) => {
    const department = frame.departments[d];
    // The owner claimed first, a partner department a day later.
    const claimedAt = new Date(SEEDED_AT.getTime() + n * 86_400_000);
    return {
      ...audit, id: stableId('catalog-item-claim', item.itemCode, department.code), itemCode: item.itemCode, deptCode: department.code,
      deptName: department.name, claimedAt, claimedBy: '系统初始化', status: ItemClaimStatus.claimed, withdrawnAt: null,
    };
  });
}
