import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import credit from '../src';
import { CREATE_LICENSE, CREATE_PENALTY, LIST_SUBJECT, REMOVE_LISTING, licenseInput, listingInput, penaltyInput } from './fixtures';

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([credit], { seedScale: 0.01 });
  url = hub.subgraphs.credit.url;
});
afterAll(() => hub?.stop());

const problemsOf = (errors: any[] | undefined) => errors?.[0].extensions.problems.map((p: any) => [p.code, p.field]);

describe('双公示·行政处罚', () => {
  test('a valid record is accepted; 万元 keep all six decimals', async () => {
    const { data, errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ confiscatedWan: '123456789012.123456' }) });
    expect(errors).toBeUndefined();
    expect(data.createPenaltyPublicity).toMatchObject({ uscc: '91330100716105852F', fineWan: '0.012500', confiscatedWan: '123456789012.123456', version: 1 });
    const read = await graphqlRequest(url, 'query($id: ID!) { penaltyPublicity(id: $id) { fineWan } }', { id: data.createPenaltyPublicity.id });
    expect(read.data.penaltyPublicity.fineWan).toBe('0.012500');
    expect(Number(read.data.penaltyPublicity.fineWan)).toBe(0.0125);
  });

  test.each([
    ['0.0000125', 'INVALID_AMOUNT'],
    ['-1', 'INVALID_AMOUNT'],
    ['1e3', 'INVALID_AMOUNT'],
    ['1234567890123', 'INVALID_AMOUNT'],
  ])('fineWan %s → %s', async (fineWan, code) => {
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ fineWan }) });
    expect(errors?.[0].extensions).toMatchObject({ code, field: 'fineWan' });
  });

  test('published on time counts working days: a Friday decision may be published up to the second Tuesday', async () => {
    const onTime = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionDate: '2024-06-07', publishedAt: '2024-06-18' }) });
    expect(onTime.data.createPenaltyPublicity).toMatchObject({ publishedOnTime: true, publishDeadline: '2024-06-18' });
    const late = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionDate: '2024-06-07', publishedAt: '2024-06-19' }) });
    expect(late.data.createPenaltyPublicity.publishedOnTime).toBe(false);
    // 7 calendar days after a Monday decision is still within 7 working days, 10 working days is not.
    const monday = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionDate: '2024-06-03', publishedAt: '2024-06-12' }) });
    expect(monday.data.createPenaltyPublicity.publishedOnTime).toBe(true);
    const mondayLate = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionDate: '2024-06-03', publishedAt: '2024-06-17' }) });
    expect(mondayLate.data.createPenaltyPublicity.publishedOnTime).toBe(false);
  });

  test.each([
    ['91330100716105852G', 'uscc'],
    ['00000000000000000X', 'uscc'],
  ])('invalid party USCC %s is refused', async (uscc, field) => {
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ uscc }) });
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_USCC', field });
    expect(errors?.[0].message).toMatch(/统一社会信用代码/);
  });

  test('a record without USCC (e.g. a natural person) is accepted; the authority USCC is always checked', async () => {
    const person = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ uscc: null, partyCategory: '自然人', partyName: '李四' }) });
    expect(person.errors).toBeUndefined();
    expect(person.data.createPenaltyPublicity.uscc).toBeNull();
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ authorityUscc: '914210031524040048' }) });
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_USCC', field: 'authorityUscc' });
  });

  test('publication before the decision and a public period ending before it are reported together', async () => {
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, {
      input: penaltyInput({ decisionDate: '2024-06-07', publishedAt: '2024-06-06', publicUntil: '2024-06-01' }),
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'publishedAt' });
    expect(problemsOf(errors)).toEqual(expect.arrayContaining([['DATE_ORDER', 'publishedAt'], ['DATE_ORDER', 'publicUntil']]));
  });

  test('the same day for decision, publication and end of public period is allowed', async () => {
    const { errors } = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionDate: '2024-06-07', publishedAt: '2024-06-07', publicUntil: '2024-06-07' }) });
    expect(errors).toBeUndefined();
  });

  test('a decision number is unique per authority, not across authorities', async () => {
    const decisionNo = '杭市监罚〔2024〕唯一号';
    expect((await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionNo }) })).errors).toBeUndefined();
    const again = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionNo }) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_DECISION_NO', field: 'decisionNo' });
    const other = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionNo, authorityUscc: '91110000802100433B' }) });
    expect(other.errors).toBeUndefined();
    const tooLong = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput({ decisionNo: '文'.repeat(129) }) });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'TOO_LONG', field: 'decisionNo' });
  });

  test('update needs the current version and recomputes the deadline', async () => {
    const created = await graphqlRequest(url, CREATE_PENALTY, { input: penaltyInput() });
    const { id } = created.data.createPenaltyPublicity;
    const UPDATE = 'mutation($id: ID!, $input: UpdatePenaltyPublicityInput!) { updatePenaltyPublicity(id: $id, input: $input) { status publishDeadline publishedOnTime version } }';
    const input = penaltyInput({ decisionNo: `改${id}`, decisionDate: '2024-06-03', publishedAt: '2024-06-20', status: 'revoked', expectedVersion: 1 });
    const ok = await graphqlRequest(url, UPDATE, { id, input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updatePenaltyPublicity).toEqual({ status: 'revoked', publishDeadline: '2024-06-12', publishedOnTime: false, version: 2 });
    const stale = await graphqlRequest(url, UPDATE, { id, input });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
  });

  test('the publishedLate filter splits the list by the computed field', async () => {
    const q = 'query($late: Boolean) { penaltyPublicities(filter: { publishedLate: $late }, page: { first: 500 }) { totalCount nodes { publishedOnTime } } }';
    const all = await graphqlRequest(url, q, { late: null });
    const late = await graphqlRequest(url, q, { late: true });
    const onTime = await graphqlRequest(url, q, { late: false });
    expect(late.data.penaltyPublicities.totalCount).toBeGreaterThan(0);
    expect(late.data.penaltyPublicities.nodes.every((n: any) => !n.publishedOnTime)).toBe(true);
    expect(onTime.data.penaltyPublicities.nodes.every((n: any) => n.publishedOnTime)).toBe(true);
    expect(late.data.penaltyPublicities.totalCount + onTime.data.penaltyPublicities.totalCount).toBe(all.data.penaltyPublicities.totalCount);
  });

  test('filters by party, authority, decision dates and status; pages newest first without gaps', async () => {
    const byParty = await graphqlRequest(url, '{ penaltyPublicities(filter: { uscc: "91330100716105852f", status: [normal] }) { nodes { uscc status } } }');
    expect(byParty.data.penaltyPublicities.nodes.length).toBeGreaterThan(0);
    for (const n of byParty.data.penaltyPublicities.nodes) expect(n).toEqual({ uscc: '91330100716105852F', status: 'normal' });
    const byAuthority = await graphqlRequest(url, '{ penaltyPublicities(filter: { authorityUscc: "91110000802100433B" }) { nodes { authorityUscc } } }');
    expect(byAuthority.data.penaltyPublicities.nodes).toEqual([{ authorityUscc: '91110000802100433B' }]);
    const q = `query($after: String) { penaltyPublicities(filter: { decisionDateFrom: "2020-01-01", decisionDateTo: "2026-12-31" }, page: { first: 7, after: $after }) {
      totalCount nodes { id decisionDate } pageInfo { hasNextPage endCursor } } }`;
    const seen: { id: string; decisionDate: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await graphqlRequest(url, q, { after });
      total = page.data.penaltyPublicities.totalCount;
      seen.push(...page.data.penaltyPublicities.nodes);
      after = page.data.penaltyPublicities.pageInfo.hasNextPage ? page.data.penaltyPublicities.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    const dates = seen.map((s) => s.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const d of dates) expect(d >= '2020-01-01' && d <= '2026-12-31').toBe(true);
  });
});

describe('双公示·行政许可', () => {
  test('a valid licence is accepted; validTo before validFrom is refused on validTo', async () => {
    const ok = await graphqlRequest(url, CREATE_LICENSE, { input: licenseInput() });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createLicensePublicity).toMatchObject({ validTo: '2029-02-28', status: 'valid' });
    const sameDay = await graphqlRequest(url, CREATE_LICENSE, { input: licenseInput({ validFrom: '2024-03-01', validTo: '2024-03-01' }) });
    expect(sameDay.errors).toBeUndefined();
    const { errors } = await graphqlRequest(url, CREATE_LICENSE, { input: licenseInput({ validFrom: '2024-03-01', validTo: '2024-02-29' }) });
    expect(errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'validTo' });
  });

  test('party USCC and licence category are checked', async () => {
    const { errors } = await graphqlRequest(url, CREATE_LICENSE, { input: licenseInput({ uscc: '91330100761105852F', category: '特殊' }) });
    expect(problemsOf(errors)).toEqual(expect.arrayContaining([['INVALID_USCC', 'uscc'], ['INVALID_ENUM', 'category']]));
  });

  test('update needs the current version; list filters by status and licence number', async () => {
    const created = await graphqlRequest(url, CREATE_LICENSE, { input: licenseInput({ licenceNo: 'JY-UPDATE-1' }) });
    const { id } = created.data.createLicensePublicity;
    const UPDATE = 'mutation($id: ID!, $input: UpdateLicensePublicityInput!) { updateLicensePublicity(id: $id, input: $input) { status version } }';
    const ok = await graphqlRequest(url, UPDATE, { id, input: { ...licenseInput({ licenceNo: 'JY-UPDATE-1', status: 'invalid' }), expectedVersion: 1 } });
    expect(ok.data.updateLicensePublicity).toEqual({ status: 'invalid', version: 2 });
    const list = await graphqlRequest(url, '{ licensePublicities(filter: { licenceNo: "JY-UPDATE-1", status: invalid }) { totalCount nodes { id } } }');
    expect(list.data.licensePublicities.nodes).toEqual([{ id }]);
    const seeded = await graphqlRequest(url, '{ licensePublicities(filter: { status: valid }, orderBy: { field: validTo, direction: ASC }, page: { first: 100 }) { nodes { status validTo } } }');
    expect(seeded.data.licensePublicities.nodes.length).toBeGreaterThan(0);
    const validTos = seeded.data.licensePublicities.nodes.map((n: any) => n.validTo);
    expect(validTos).toEqual([...validTos].sort());
  });
});

describe('信用名单', () => {
  const USCC = '9144030071526726XG';

  test('listing, refusing a second open entry, and removal rules', async () => {
    const listed = await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: USCC }) });
    expect(listed.errors).toBeUndefined();
    const { id } = listed.data.listSubject;
    const twice = await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: USCC }) });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_LISTED', field: 'uscc' });

    const early = await graphqlRequest(url, REMOVE_LISTING, { id, removedAt: '2024-06-30', reason: '已补报年报', removedBy: '杭州市市场监督管理局', v: 1 });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'removedAt' });
    const noReason = await graphqlRequest(url, REMOVE_LISTING, { id, removedAt: '2024-08-01', reason: '  ', removedBy: '杭州市市场监督管理局', v: 1 });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const both = await graphqlRequest(url, REMOVE_LISTING, { id, removedAt: '2024-01-01', reason: null, removedBy: '杭州市市场监督管理局', v: 1 });
    expect(problemsOf(both.errors)).toEqual([['DATE_ORDER', 'removedAt'], ['REASON_REQUIRED', 'reason']]);

    const stale = await graphqlRequest(url, REMOVE_LISTING, { id, removedAt: '2024-08-01', reason: '已补报年报', removedBy: '杭州市市场监督管理局', v: 7 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    const removed = await graphqlRequest(url, REMOVE_LISTING, { id, removedAt: '2024-07-01', reason: '已补报年报', removedBy: '杭州市市场监督管理局', v: 1 });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeListing).toEqual({ removedAt: '2024-07-01', removedReason: '已补报年报', removedBy: '杭州市市场监督管理局', version: 2 });
    const again = await graphqlRequest(url, REMOVE_LISTING, { id, removedAt: '2024-08-01', reason: '重复', removedBy: '杭州市市场监督管理局', v: 2 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_REMOVED' });
    // Once removed, the subject may be listed again.
    expect((await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: USCC, listedAt: '2025-01-02' }) })).errors).toBeUndefined();
  });

  test('a term ending before the listing is refused; the USCC is checked', async () => {
    const { errors } = await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: '91330100716105852I', listType: 'serious', until: '2024-06-30' }) });
    expect(problemsOf(errors)).toEqual(expect.arrayContaining([['INVALID_USCC', 'uscc'], ['DATE_ORDER', 'until']]));
  });

  test('the current filter: not removed and the term not over', async () => {
    await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: '91230184MA1BUFLT44', listType: 'red', listName: '守信激励对象名单', until: '2020-12-31', listedAt: '2020-01-01' }) });
    await graphqlRequest(url, LIST_SUBJECT, { input: listingInput({ uscc: '91230184MA1BUFLT44', listType: 'black', listName: '失信被执行人名单', until: '2999-12-31' }) });
    const q = 'query($c: Boolean) { creditListings(filter: { uscc: "91230184MA1BUFLT44", current: $c }) { nodes { listType } } }';
    expect((await graphqlRequest(url, q, { c: true })).data.creditListings.nodes).toEqual([{ listType: 'black' }]);
    expect((await graphqlRequest(url, q, { c: false })).data.creditListings.nodes).toEqual([{ listType: 'red' }]);
    const byType = await graphqlRequest(url, '{ creditListings(filter: { listType: [abnormal] }, page: { first: 500 }) { nodes { listType } } }');
    expect(byType.data.creditListings.nodes.every((n: any) => n.listType === 'abnormal')).toBe(true);
  });
});
