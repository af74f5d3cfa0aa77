import type { EntityManager } from '@mikro-orm/postgresql';
import { flushChecked, HubError, Problems } from '@hub/runtime';
import { CheckContent } from '../entities/CheckContent';
import { CheckImplList } from '../entities/CheckImplList';
import { RegItem } from '../entities/RegItem';
import { CheckContentInput, CheckImplListInput, CreateCheckImplListInput } from '../resolvers/CheckImplListInput';
import { checkImplListCodeRules } from '../rules/implListRules';
import { itemNotFound } from './regItemVersions';
import { chinaToday } from '@hub/codes';
import { assertCanSupersede, closeVersion } from './versionRules';

/** Plain fields of a content, whether from the client or from the version being replaced. */
type ContentData = { [K in keyof CheckContentInput]: CheckContentInput[K] };

/** Version 1 of a new list; its item must exist. */
export async function createImplList(em: EntityManager, input: CreateCheckImplListInput): Promise<CheckImplList> {
  await assertItemExists(em, input.itemCode);
  const { contents, effectiveFrom, ...fields } = input;
  const list = em.create(CheckImplList, { ...fields, effectiveFrom: effectiveFrom ?? chinaToday() });
  addContents(em, list, (contents ?? []).map(contentData));
  await flushChecked(em, new HubError('DUPLICATE_IMPL_LIST_CODE', `检查实施清单编码 ${input.code} 已存在`, 'code'));
  return list;
}

/** A change of a list: same scheme as items (close the current version, write the next, carry contents); `assertMayChange` checks the stored version first. */
export async function reviseImplList(
  em: EntityManager, code: string, input: CheckImplListInput, expectedVersion: number, effectiveFrom?: string | null,
  assertMayChange: (current: CheckImplList) => void = () => {},
): Promise<CheckImplList> {
  const problems = new Problems();
  checkImplListCodeRules(code, input, problems);
  problems.throwIfAny();
  await assertItemExists(em, input.itemCode);
  return em.transactional(async (tx) => {
    const current = await tx.findOne(CheckImplList, { code, isCurrent: true });
    if (!current) throw new HubError('IMPL_LIST_NOT_FOUND', `未找到检查实施清单：${code}`, 'code');
    assertMayChange(current);
    const from = effectiveFrom ?? chinaToday();
    assertCanSupersede(current, expectedVersion, from);
    const { contents, ...fields } = input;
    const carried = contents ? contents.map(contentData) : (await tx.find(CheckContent, { list: current }, { orderBy: { sortOrder: 'asc' } })).map(contentData);
    closeVersion(current, from);
    await flushChecked(tx);
    const next = tx.create(CheckImplList, { ...fields, code, versionNo: current.versionNo + 1, effectiveFrom: from });
    addContents(tx, next, carried);
    await flushChecked(tx, new HubError('VERSION_CONFLICT', '该检查实施清单已被他人同时修改，请刷新后再改', 'expectedVersion'));
    return next;
  });
}

async function assertItemExists(em: EntityManager, itemCode: string): Promise<void> {
  if (!(await em.count(RegItem, { itemCode, isCurrent: true }))) throw itemNotFound(itemCode);
}

function addContents(em: EntityManager, list: CheckImplList, contents: ContentData[]): void {
  contents.forEach((c, sortOrder) => em.create(CheckContent, { ...c, list, listCode: list.code, sortOrder }));
}

function contentData(c: CheckContentInput | CheckContent): ContentData {
  return { code: c.code, content: c.content, method: c.method, penaltyBasis: c.penaltyBasis, penaltyPowerCode: c.penaltyPowerCode ?? null, checkType: c.checkType };
}
