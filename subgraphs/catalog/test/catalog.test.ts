import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import catalog from '../src';
import {
  ALIBABA, CREATE_ITEM, CREATE_LIST, itemChanges, itemInput, listFields, listInput, problemsOf, subItem, UPDATE_ITEM, UPDATE_LIST,
} from './catalogFixtures';

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([catalog]);
  url = hub.subgraphs.catalog.url;
});
afterAll(() => hub?.stop());

const createItem = (itemCode: string, extra: Record<string, unknown> = {}) => graphqlRequest(url, CREATE_ITEM, { input: itemInput(itemCode, extra) });

describe('catalog: item and list rules', () => {
  test.each([
    ['12345678901234', null],
    ['1234567890123', 'INVALID_ITEM_CODE'],
    ['1234567890123A', 'INVALID_ITEM_CODE'],
  ])('item code %s → %s', async (itemCode, code) => {
    const { data, errors } = await createItem(itemCode);
    if (code === null) {
      expect(errors).toBeUndefined();
      expect(data.createRegItem).toMatchObject({ itemCode, versionNo: 1, isCurrent: true, effectiveTo: null });
      expect(data.createRegItem.subItems[0].basisArticles).toEqual([{ id: '0b3c5c8e-8f5a-5d2e-9c1f-2a7e4b6d8c10' }]);
    } else {
      expect(errors?.[0].extensions).toMatchObject({ code, field: 'itemCode' });
      expect(errors?.[0].message).toMatch(/14位数字/);
    }
  });

  test('a duplicate item code, status outside 0|1 and repeated sub-item codes are refused', async () => {
    await createItem('33010011000001');
    const dup = await createItem('33010011000001');
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_ITEM_CODE', field: 'itemCode' });
    const bad = await createItem('33010011000002', { status: 2, subItems: [subItem('A'), subItem('A', { level: '区' })] });
    expect(problemsOf(bad.errors)).toEqual(expect.arrayContaining([
      ['INVALID_STATUS', 'status'], ['INVALID_ENUM', 'subItems[1].level'], ['DUPLICATE_SUB_ITEM_CODE', 'subItems[1].subItemCode'],
    ]));
  });

  describe('implementation lists', () => {
    const ITEM = '33010011000100';
    beforeAll(async () => {
      expect((await createItem(ITEM)).errors).toBeUndefined();
    });

    test('a code of agency USCC + level 3 + suffix is accepted and names its item', async () => {
      const { data, errors } = await graphqlRequest(url, CREATE_LIST, { input: listInput(`${ALIBABA}300001`, ITEM) });
      expect(errors).toBeUndefined();
      expect(data.createCheckImplList).toMatchObject({ code: `${ALIBABA}300001`, versionNo: 1, execLevel: 3, contents: [{ code: 'C01' }], item: { itemCode: ITEM } });
      const dup = await graphqlRequest(url, CREATE_LIST, { input: listInput(`${ALIBABA}300001`, ITEM) });
      expect(dup.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_IMPL_LIST_CODE', field: 'code' });
    });

    test.each([
      ['level 6', { code: `${ALIBABA}600001`, execLevel: 5 }, 'INVALID_IMPL_LIST_CODE', 'code'],
      ['no suffix', { code: `${ALIBABA}3` }, 'INVALID_IMPL_LIST_CODE', 'code'],
      ['bad agency USCC', { code: `${ALIBABA}300002`, orgUscc: '91330100716105852G' }, 'INVALID_USCC', 'orgUscc'],
      ['another agency', { code: `${ALIBABA}300003`, orgUscc: '9144030071526726XG' }, 'IMPL_LIST_ORG_MISMATCH', 'code'],
      ['another level', { code: `${ALIBABA}300004`, execLevel: 4 }, 'IMPL_LIST_LEVEL_MISMATCH', 'execLevel'],
      ['unknown division', { code: `${ALIBABA}300005`, adCode: '999999' }, 'INVALID_AD_CODE', 'adCode'],
      ['ratio above 1', { code: `${ALIBABA}300006`, randomRatio: 1.5 }, 'INVALID_RATIO', 'randomRatio'],
      ['negative ratio', { code: `${ALIBABA}300007`, randomRatio: -0.01 }, 'INVALID_RATIO', 'randomRatio'],
      ['unknown item', { code: `${ALIBABA}300008`, itemCode: '99999999999999' }, 'ITEM_NOT_FOUND', 'itemCode'],
    ])('%s → %s on %s', async (_label, change, code, field) => {
      const { errors } = await graphqlRequest(url, CREATE_LIST, { input: { ...listInput('', ITEM), ...change } });
      expect(errors?.[0].extensions).toMatchObject({ code, field });
    });

    test.each([0, 1, null])('ratio %s is accepted', async (randomRatio) => {
      const code = `${ALIBABA}31000${randomRatio ?? 'N'}`;
      const { errors } = await graphqlRequest(url, CREATE_LIST, { input: listInput(code, ITEM, { randomRatio }) });
      expect(errors).toBeUndefined();
    });

    test('a list change makes a new version; contents are carried over or replaced', async () => {
      const code = `${ALIBABA}420001`;
      await graphqlRequest(url, CREATE_LIST, { input: listInput(code, ITEM, { execLevel: 4, effectiveFrom: '2024-01-01' }) });
      const { contents: _c, ...fields } = listFields(ITEM, { execLevel: 4, checkFreq: '每季度1次' });
      const v2 = await graphqlRequest(url, UPDATE_LIST, { code, input: fields, v: 1, from: '2025-01-01' });
      expect(v2.errors).toBeUndefined();
      expect(v2.data.updateCheckImplList).toMatchObject({ versionNo: 2, checkFreq: '每季度1次', contents: [{ code: 'C01', content: '检查经营资质' }] });
      const replaced = { ...fields, contents: [{ code: 'C02', content: '检查进货查验记录', method: '查阅台账', penaltyBasis: '《食品安全法》第一百二十六条', checkType: 'DAILY' }] };
      const v3 = await graphqlRequest(url, UPDATE_LIST, { code, input: replaced, v: 2, from: '2025-06-01' });
      expect(v3.data.updateCheckImplList.contents).toEqual([{ code: 'C02', content: '检查进货查验记录' }]);
      const asOf = await graphqlRequest(url, 'query($c: String!) { old: checkImplList(code: $c, asOf: "2024-12-31") { versionNo checkFreq contents { code } } now: checkImplList(code: $c) { versionNo } history: checkImplListHistory(code: $c) { versionNo isCurrent } }', { c: code });
      expect(asOf.data).toEqual({
        old: { versionNo: 1, checkFreq: '每年不少于1次', contents: [{ code: 'C01' }] },
        now: { versionNo: 3 },
        history: [{ versionNo: 1, isCurrent: false }, { versionNo: 2, isCurrent: false }, { versionNo: 3, isCurrent: true }],
      });
      const mismatch = await graphqlRequest(url, UPDATE_LIST, { code, input: { ...fields, execLevel: 3 }, v: 3 });
      expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'IMPL_LIST_LEVEL_MISMATCH', field: 'execLevel' });
    });
  });
});

describe('catalog: item versions', () => {
  const CODE = '33010011000200';
  const HISTORY = 'query($c: String!) { regItemHistory(itemCode: $c) { versionNo name effectiveFrom effectiveTo isCurrent subItems { subItemCode } } }';

  test('a change keeps the history, and asOf reads the version in force on a date', async () => {
    const created = await createItem(CODE, { effectiveFrom: '2024-01-01' });
    expect(created.errors).toBeUndefined();
    const v2 = await graphqlRequest(url, UPDATE_ITEM, { code: CODE, input: itemChanges({ name: '对食品经营者的行政检查（修订）' }), v: 1, from: '2025-01-01' });
    expect(v2.errors).toBeUndefined();
    expect(v2.data.updateRegItem).toMatchObject({ versionNo: 2, isCurrent: true, effectiveFrom: '2025-01-01', name: '对食品经营者的行政检查（修订）' });
    // Sub-items not given are copied into the new version (new rows, same content).
    expect(v2.data.updateRegItem.subItems.map((s: any) => s.subItemCode)).toEqual([`${CODE}01`]);
    expect(v2.data.updateRegItem.subItems[0].id).not.toBe(created.data.createRegItem.subItems[0].id);

    const { data } = await graphqlRequest(url, `query($c: String!) {
      current: regItem(itemCode: $c) { versionNo name }
      old: regItem(itemCode: $c, asOf: "2024-06-30") { versionNo name subItems { subItemCode } }
      onChange: regItem(itemCode: $c, asOf: "2025-01-01") { versionNo }
      before: regItem(itemCode: $c, asOf: "2023-12-31") { versionNo } }`, { c: CODE });
    expect(data).toEqual({
      current: { versionNo: 2, name: '对食品经营者的行政检查（修订）' },
      old: { versionNo: 1, name: '对食品经营者经营资质的行政检查', subItems: [{ subItemCode: `${CODE}01` }] },
      onChange: { versionNo: 2 },
      before: null,
    });
    const history = await graphqlRequest(url, HISTORY, { c: CODE });
    expect(history.data.regItemHistory).toEqual([
      { versionNo: 1, name: '对食品经营者经营资质的行政检查', effectiveFrom: '2024-01-01', effectiveTo: '2025-01-01', isCurrent: false, subItems: [{ subItemCode: `${CODE}01` }] },
      { versionNo: 2, name: '对食品经营者的行政检查（修订）', effectiveFrom: '2025-01-01', effectiveTo: null, isCurrent: true, subItems: [{ subItemCode: `${CODE}01` }] },
    ]);
    const listed = await graphqlRequest(url, 'query($p: String!) { old: regItems(filter: { namePrefix: $p, effectiveOn: "2024-06-30" }) { nodes { versionNo } } now: regItems(filter: { namePrefix: $p }) { nodes { versionNo } } }', { p: '对食品经营者的行政检查（' });
    expect(listed.data).toEqual({ old: { nodes: [] }, now: { nodes: [{ versionNo: 2 }] } });
  });

  test('a stale version, an earlier effective date and an unknown item are refused', async () => {
    const stale = await graphqlRequest(url, UPDATE_ITEM, { code: CODE, input: itemChanges(), v: 1, from: '2025-06-01' });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    const early = await graphqlRequest(url, UPDATE_ITEM, { code: CODE, input: itemChanges(), v: 2, from: '2024-12-31' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'effectiveFrom' });
    const unknown = await graphqlRequest(url, UPDATE_ITEM, { code: '99999999999999', input: itemChanges(), v: 1 });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'ITEM_NOT_FOUND', field: 'itemCode' });
    const history = await graphqlRequest(url, HISTORY, { c: CODE });
    expect(history.data.regItemHistory).toHaveLength(2);
  });

  test('concurrent changes from the same version: exactly one wins', async () => {
    const code = '33010011000201';
    await createItem(code, { effectiveFrom: '2024-01-01' });
    const attempts = await Promise.all([1, 2, 3].map((n) =>
      graphqlRequest(url, UPDATE_ITEM, { code, input: itemChanges({ name: `并发修改${n}` }), v: 1, from: '2025-01-01' })));
    expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
    for (const failed of attempts.filter((a) => a.errors)) expect(failed.errors?.[0].extensions.code).toBe('VERSION_CONFLICT');
    const history = await graphqlRequest(url, HISTORY, { c: code });
    expect(history.data.regItemHistory.map((v: any) => v.isCurrent)).toEqual([false, true]);
  });
});

describe('catalog: claims', () => {
  const CODE = '33010011000300';
  const CLAIM = 'mutation($c: String!, $d: String!, $n: String!) { claimRegItem(itemCode: $c, deptCode: $d, deptName: $n, claimedBy: "张三") { itemCode deptCode status claimedBy } }';
  const WITHDRAW = 'mutation($c: String!, $d: String!) { withdrawClaim(itemCode: $c, deptCode: $d) { status withdrawnAt } }';
  const CLAIMS = 'query($c: String!, $d: String!) { regItem(itemCode: $c) { claims { deptCode } all: claims(includeWithdrawn: true) { deptCode status } } regItems(filter: { claimedByDept: $d }) { totalCount nodes { itemCode } } }';

  test('departments claim, withdraw and claim again; the claimedByDept filter follows', async () => {
    await createItem(CODE);
    const claimed = await graphqlRequest(url, CLAIM, { c: CODE, d: 'JTYS', n: '杭州市交通运输局' });
    expect(claimed.data.claimRegItem).toEqual({ itemCode: CODE, deptCode: 'JTYS', status: 'claimed', claimedBy: '张三' });
    let view = await graphqlRequest(url, CLAIMS, { c: CODE, d: 'JTYS' });
    expect(view.data.regItem.claims).toEqual([{ deptCode: 'JTYS' }]);
    expect(view.data.regItems).toEqual({ totalCount: 1, nodes: [{ itemCode: CODE }] });

    const again = await graphqlRequest(url, CLAIM, { c: CODE, d: 'JTYS', n: '杭州市交通运输局' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_CLAIMED', field: 'deptCode' });

    const withdrawn = await graphqlRequest(url, WITHDRAW, { c: CODE, d: 'JTYS' });
    expect(withdrawn.data.withdrawClaim.status).toBe('withdrawn');
    expect(withdrawn.data.withdrawClaim.withdrawnAt).toBeTruthy();
    view = await graphqlRequest(url, CLAIMS, { c: CODE, d: 'JTYS' });
    expect(view.data.regItem).toEqual({ claims: [], all: [{ deptCode: 'JTYS', status: 'withdrawn' }] });
    expect(view.data.regItems.totalCount).toBe(0);
    const twice = await graphqlRequest(url, WITHDRAW, { c: CODE, d: 'JTYS' });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CLAIM_NOT_FOUND', field: 'deptCode' });

    expect((await graphqlRequest(url, CLAIM, { c: CODE, d: 'JTYS', n: '杭州市交通运输局' })).errors).toBeUndefined();
    view = await graphqlRequest(url, CLAIMS, { c: CODE, d: 'JTYS' });
    expect(view.data.regItem.all).toEqual([{ deptCode: 'JTYS', status: 'claimed' }]);
  });

  test('claims survive a new item version and need a known, well-formed item', async () => {
    await graphqlRequest(url, UPDATE_ITEM, { code: CODE, input: itemChanges(), v: 1 });
    const view = await graphqlRequest(url, CLAIMS, { c: CODE, d: 'JTYS' });
    expect(view.data.regItem.claims).toEqual([{ deptCode: 'JTYS' }]);
    const unknown = await graphqlRequest(url, CLAIM, { c: '99999999999999', d: 'JTYS', n: '杭州市交通运输局' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'ITEM_NOT_FOUND', field: 'itemCode' });
    const malformed = await graphqlRequest(url, CLAIM, { c: '1234567890123A', d: 'JTYS', n: '杭州市交通运输局' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ITEM_CODE', field: 'itemCode' });
  });
});
