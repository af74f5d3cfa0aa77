import path from 'node:path';
import { CityImplList, CityItem, itemAt, itemsOf } from '@hub/city';
import { implListIngest, implListSpec, regItemIngest, regItemSpec } from '@hub/catalog';
import { RecordIngest } from '@hub/governance';
import { ExchangeTestHub, frame, startExchangeTestHub } from './exchangeTestHub';
import { importForScjg, writeRecordCsv } from './ingestKit';

let t: ExchangeTestHub;
beforeAll(async () => {
  t = await startExchangeTestHub();
}, 300_000);
afterAll(() => t?.stop());

const SCJG = frame.departments.find((d) => d.code === 'SCJG')!;
const STHJ = frame.departments.find((d) => d.code === 'STHJ')!;
const scjgItems: CityItem[] = itemsOf(frame, SCJG.index).map((i) => itemAt(frame, i));
const sthjItem = itemAt(frame, itemsOf(frame, STHJ.index)[0]);
const q = async (sql: string, params: unknown[] = []) => (await t.pool.query(sql, params)).rows;

const importRows = (ingest: RecordIngest, rows: Record<string, string>[], name: string, batchKey: string) =>
  importForScjg(t.pool, ingest, writeRecordCsv(path.join(t.dir, `${name}.csv`), ingest.spec, rows), batchKey, { chunkSize: 4 });

/** Each broken row is rejected with its expected rule on its field, and with no error on another field. */
async function expectRejects(batchId: string, firstRow: number, broken: [unknown, string, string][]) {
  const rejects = await q(`select row_number, violations from exchange.rejected_record where batch_id = $1 order by row_number`, [batchId]);
  expect(rejects.map((r) => r.row_number)).toEqual(broken.map((_, k) => firstRow + k));
  rejects.forEach((reject, k) => {
    const errors = reject.violations.filter((v: { severity: string }) => v.severity === 'error').map((v: { rule: string; field: string }) => `${v.rule}@${v.field}`);
    expect(errors).toContain(`${broken[k][1]}@${broken[k][2]}`);
    expect(errors.filter((x: string) => !x.endsWith(`@${broken[k][2]}`))).toEqual([]);
  });
}

/** Exactly one current version per code, whatever the imports did. */
async function expectOneCurrent(table: string, code: string) {
  expect(await q(`select ${code} from catalog.${table} group by ${code} having count(*) filter (where is_current) <> 1`)).toEqual([]);
}

const itemCells = (item: CityItem, over: Partial<Record<string, string>> = {}): Record<string, string> => ({
  itemCode: item.itemCode, name: item.name, deptName: item.deptName, deptCode: item.deptCode, dutyCode: item.dutyCode, lineCode: item.lineCode,
  category: item.category, status: '有效', effectiveFrom: item.effectiveFrom, ...over,
});
const newItem = (n: number): Record<string, string> => itemCells(scjgItems[0], {
  itemCode: `3301${SCJG.index + 10}199${String(n).padStart(5, '0')}`, name: `对食品经营者第${n}类事项的行政检查`, effectiveFrom: '2024-03-01', status: '1',
});

test('监管事项: new codes become version 1, a changed item its next version, identical content a duplicate; broken rows rejected', async () => {
  const [changed, same, early] = scjgItems;
  const valid = [1, 2, 3, 4, 5].map(newItem);
  const revision = itemCells(changed, { name: `${changed.name}(2024年修订)`, effectiveFrom: '2024-06-01' });
  const broken: [Record<string, string>, string, string][] = [
    [{ ...newItem(10), itemCode: '3301101990001' }, 'REG_ITEM_ITEM_CODE_CHECKSUM', 'itemCode'],
    [{ ...newItem(11), effectiveFrom: '2024-13-01' }, 'INVALID_DATE', 'effectiveFrom'],
    [{ ...newItem(12), name: '' }, 'REG_ITEM_NAME_REQUIRED', 'name'],
    [{ ...newItem(13), category: '行政许可' }, 'REG_ITEM_CATEGORY_CODE', 'category'],
    [{ ...newItem(14), deptCode: 'STHJ' }, 'REG_ITEM_DEPT_NOT_OWN', 'deptCode'],
    [itemCells(sthjItem, { deptCode: 'SCJG', deptName: SCJG.name }), 'REG_ITEM_OF_OTHER_DEPARTMENT', 'itemCode'],
    [itemCells(early, { name: `${early.name}（修订）`, effectiveFrom: '2020-01-01' }), 'REG_ITEM_EFFECTIVE_BEFORE_CURRENT', 'effectiveFrom'],
  ];
  const rows = [...valid, revision, itemCells(same, { effectiveFrom: '2024-06-01' }), ...broken.map(([cells]) => cells), { ...valid[0] }];

  const result = await importRows(regItemIngest, rows, 'items', 'reg-item-1');
  expect(result).toMatchObject({ received: 15, stored: 6, updated: 1, rejected: 7, duplicates: 2, status: 'completed' });
  await expectRejects(result.id, 9, broken);

  const stored = await q(`select *, effective_from::text as from_text from catalog.reg_item where item_code like $1 order by item_code`, [`3301${SCJG.index + 10}199%`]);
  expect(stored).toHaveLength(5);
  expect(stored[0]).toMatchObject({
    item_code: valid[0].itemCode, name: valid[0].name, dept_code: 'SCJG', dept_name: SCJG.name, duty_code: SCJG.dutyCode, line_code: scjgItems[0].lineCode,
    category: '行政检查', status: 1, version_no: 1, is_current: true, effective_to: null, superseded_at: null, from_text: '2024-03-01', source_dept: 'SCJG', data_status: 'normal',
  });

  // The changed item: version 1 closed on the day version 2 takes effect; sub-items carried over.
  const history = await q(`select id, version_no, is_current, effective_from::text as f, effective_to::text as t, superseded_at, name from catalog.reg_item where item_code = $1 order by version_no`, [changed.itemCode]);
  expect(history).toMatchObject([
    { version_no: 1, is_current: false, f: changed.effectiveFrom, t: '2024-06-01', name: changed.name },
    { version_no: 2, is_current: true, f: '2024-06-01', t: null, superseded_at: null, name: revision.name },
  ]);
  expect(history[0].superseded_at).toBeInstanceOf(Date);
  const subItems = async (id: string) => (await q(`select sub_item_code, name from catalog.reg_sub_item where item_id = $1 order by sort_order`, [id]));
  expect(await subItems(history[1].id)).toEqual(await subItems(history[0].id));
  expect((await subItems(history[1].id)).length).toBe(changed.subItems.length);
  // Identical content: still one version.
  expect(await q(`select version_no from catalog.reg_item where item_code = $1`, [same.itemCode])).toEqual([{ version_no: 1 }]);
  await expectOneCurrent('reg_item', 'item_code');

  expect(await importRows(regItemIngest, rows, 'items', 'reg-item-1')).toMatchObject({ alreadyImported: true, stored: 6 });
  expect(await importRows(regItemIngest, rows, 'items', 'reg-item-2')).toMatchObject({ received: 15, stored: 0, rejected: 7, duplicates: 8 });

  // A later change makes version 3 and closes version 2.
  const third = await importRows(regItemIngest, [{ ...revision, name: `${changed.name}（2025年修订）`, effectiveFrom: '2025-01-01' }], 'items-3', 'reg-item-3');
  expect(third).toMatchObject({ received: 1, stored: 1, updated: 1, rejected: 0, duplicates: 0 });
  expect(await q(`select version_no, is_current, effective_to::text as t from catalog.reg_item where item_code = $1 order by version_no`, [changed.itemCode])).toEqual([
    { version_no: 1, is_current: false, t: '2024-06-01' },
    { version_no: 2, is_current: false, t: '2025-01-01' },
    { version_no: 3, is_current: true, t: null },
  ]);
  await expectOneCurrent('reg_item', 'item_code');
}, 60_000);

const listCells = (item: CityItem, list: CityImplList, over: Partial<Record<string, string>> = {}): Record<string, string> => ({
  code: list.code, itemCode: item.itemCode, orgName: list.orgName, orgUscc: list.orgUscc, execLevel: String(list.execLevel), adCode: list.adCode,
  checkMethod: list.checkMethod, checkFreq: list.checkFreq, checkBasis: list.checkBasis, objects: list.objects, isRandomItem: list.isRandomItem ? '是' : '否',
  randomRatio: list.randomRatio === null ? '' : String(list.randomRatio), keyOrGeneral: list.keyOrGeneral, effectiveFrom: item.effectiveFrom, ...over,
});

test('检查实施清单: versioned like items; agency, level, item and values checked; broken rows rejected', async () => {
  const withBranch = scjgItems.find((i) => i.implLists.length === 2)!;
  const [cityList, branchList] = withBranch.implLists;
  const item = scjgItems[1];
  const newList = (n: number, list = cityList) => listCells(item, list, { code: `${list.orgUscc}${list.execLevel}99${String(n).padStart(4, '0')}`, effectiveFrom: '2024-03-01', randomRatio: '0.1', isRandomItem: '是' });
  const valid = [newList(1), newList(2), newList(3), newList(4, branchList)];
  // The seed city at this scale gives SCJG three items with four lists: one list changes, another is delivered again as it is.
  const changed = scjgItems[0];
  const revision = listCells(changed, changed.implLists[0], { checkFreq: '每年不少于3次', effectiveFrom: '2024-06-01' });
  const same = listCells(scjgItems[2], scjgItems[2].implLists[0]);
  const sthjList = sthjItem.implLists[0];
  const broken: [Record<string, string>, string, string][] = [
    [{ ...newList(10), code: `${cityList.orgUscc}6990010` }, 'IMPL_LIST_CODE_CHECKSUM', 'code'],
    [{ ...newList(11), itemCode: `3301${SCJG.index + 10}19999999` }, 'IMPL_LIST_ITEM_CODE_EXISTS', 'itemCode'],
    [listCells(sthjItem, sthjList, { code: `${sthjList.orgUscc}3990012` }), 'ORG_NOT_OF_DEPARTMENT', 'orgUscc'],
    [{ ...newList(13), checkBasis: '' }, 'IMPL_LIST_CHECK_BASIS_REQUIRED', 'checkBasis'],
    [{ ...newList(14), randomRatio: '1.5' }, 'IMPL_LIST_RANDOM_RATIO_RANGE', 'randomRatio'],
    [{ ...newList(15), execLevel: '县' }, 'IMPL_LIST_LEVEL_MISMATCH', 'execLevel'],
    [{ ...newList(16), isRandomItem: '也许' }, 'INVALID_BOOLEAN', 'isRandomItem'],
    [{ ...newList(17), effectiveFrom: '2024/02/30' }, 'INVALID_DATE', 'effectiveFrom'],
  ];
  const rows = [...valid, revision, same, ...broken.map(([cells]) => cells)];

  const result = await importRows(implListIngest, rows, 'lists', 'impl-list-1');
  expect(result).toMatchObject({ received: 14, stored: 5, rejected: 8, duplicates: 1, status: 'completed' });
  await expectRejects(result.id, 8, broken);

  const stored = await q(`select *, effective_from::text as from_text from catalog.check_impl_list where code = any($1) order by code`, [valid.map((v) => v.code)]);
  expect(stored).toHaveLength(4);
  const first = stored.find((s) => s.code === valid[0].code);
  expect(first).toMatchObject({
    item_code: item.itemCode, sub_item_code: null, org_name: cityList.orgName, org_uscc: cityList.orgUscc, exec_level: 3, ad_code: cityList.adCode,
    check_method: cityList.checkMethod, check_freq: cityList.checkFreq, check_basis: cityList.checkBasis.replace(/；/g, ';'), objects: cityList.objects, is_random_item: true,
    random_ratio: 0.1, key_or_general: cityList.keyOrGeneral, version_no: 1, is_current: true, from_text: '2024-03-01', source_dept: 'SCJG',
  });
  expect(stored.find((s) => s.code === valid[3].code)).toMatchObject({ org_uscc: branchList.orgUscc, exec_level: 4, ad_code: branchList.adCode });

  const history = await q(`select id, version_no, is_current, effective_to::text as t, check_freq from catalog.check_impl_list where code = $1 order by version_no`, [revision.code]);
  expect(history).toMatchObject([
    { version_no: 1, is_current: false, t: '2024-06-01', check_freq: changed.implLists[0].checkFreq },
    { version_no: 2, is_current: true, t: null, check_freq: '每年不少于3次' },
  ]);
  const contents = async (id: string) => (await q(`select code, content, check_type from catalog.check_content where list_id = $1 order by sort_order`, [id]));
  expect(await contents(history[1].id)).toEqual(await contents(history[0].id));
  expect((await contents(history[1].id)).length).toBe(changed.implLists[0].contents.length);
  expect(await q(`select version_no from catalog.check_impl_list where code = $1`, [same.code])).toEqual([{ version_no: 1 }]);
  await expectOneCurrent('check_impl_list', 'code');

  expect(await importRows(implListIngest, rows, 'lists', 'impl-list-1')).toMatchObject({ alreadyImported: true, stored: 5 });
  expect(await importRows(implListIngest, rows, 'lists', 'impl-list-2')).toMatchObject({ received: 14, stored: 0, rejected: 8, duplicates: 6 });
}, 60_000);

test('specs name the natural keys', () => {
  expect(regItemSpec.naturalKey).toEqual(['itemCode']);
  expect(implListSpec.naturalKey).toEqual(['code']);
});
