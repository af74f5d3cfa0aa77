import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import complaints from '../src';
import { CHANGE_STATUS, create, CREATE, newComplaint, problemsOf, TRACK, UPDATE } from './fixtures';

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([complaints], { seedScale: 0.01 });
  url = hub.subgraphs.complaints.url;
});
afterAll(() => hub?.stop());

describe('registering a complaint', () => {
  test('generates TS + China receipt date + 7-digit number, a query code and a due date 15 working days on', async () => {
    const { complaint, queryCode } = await create(url);
    expect(complaint.no).toMatch(/^TS20261120\d{7}$/);
    expect(queryCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    // Received Friday 2026-11-20: three full weeks of Mon–Fri later.
    expect(complaint.dueAt).toBe('2026-12-11');
    expect(complaint).toMatchObject({ status: 'accepted', kind: 'complaint', channel: 'hotline12345', overdue: false, version: 1 });
    expect(complaint.item).toEqual({ itemCode: '33010600100001' });
    expect(complaint.subject).toBeNull();
  });

  test('the number takes the date in China, not in UTC', async () => {
    const { complaint } = await create(url, { receivedAt: '2026-11-20T23:30:00Z' });
    expect(complaint.no).toMatch(/^TS20261121\d{7}$/);
    // Saturday 21st: the 15 working days start on Monday 23rd.
    expect(complaint.dueAt).toBe('2026-12-11');
  });

  test('generated numbers do not repeat and start above the seeded ones', async () => {
    const nos = await Promise.all([1, 2, 3].map(async () => (await create(url)).complaint.no as string));
    expect(new Set(nos).size).toBe(3);
    for (const no of nos) expect(Number(no.slice(-7))).toBeGreaterThan(200);
  });

  test('a given number is kept; a number already taken is refused', async () => {
    const { complaint } = await create(url, { no: 'TS202611200000001-x' });
    expect(complaint.no).toBe('TS202611200000001-X');
    const again = await graphqlRequest(url, CREATE, { input: newComplaint({ no: 'TS202611200000001-X' }) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_COMPLAINT_NO', field: 'no' });
  });

  test('a given due date is kept', async () => {
    const { complaint } = await create(url, { dueAt: '2026-11-30' });
    expect(complaint.dueAt).toBe('2026-11-30');
  });

  test.each([
    ['targetCertNo', '91330100716105852F', null],
    ['targetCertNo', '11010519491231002X', null],
    ['targetCertNo', '330106600123456', null],
    ['targetCertNo', '91330100716105852G', 'INVALID_USCC'],
    ['targetCertNo', '00000000000000000X', 'INVALID_USCC'],
    ['territory', '330106', null],
    ['territory', '999999', 'INVALID_AD_CODE'],
    ['itemCode', '12345678901234', null],
    ['itemCode', '1234567890123', 'INVALID_ITEM_CODE'],
    ['itemCode', '1234567890123A', 'INVALID_ITEM_CODE'],
    ['detail', '诉'.repeat(2000), null],
    ['detail', '诉'.repeat(2001), 'TOO_LONG'],
    ['detail', '   ', 'REQUIRED'],
    ['targetName', '', 'REQUIRED'],
    ['complainantPhone', '0571-87654321', null],
    ['complainantPhone', 'call me', 'INVALID_PHONE'],
    ['subjectId', 'not-a-uuid', 'INVALID_ID'],
    ['no', 'TS/1', 'INVALID_COMPLAINT_NO'],
  ])('%s = %s → %s', async (field, value, code) => {
    const { data, errors } = await graphqlRequest(url, CREATE, { input: newComplaint({ [field]: value }) });
    if (code === null) {
      expect(errors).toBeUndefined();
      expect(data.createComplaint.complaint.id).toBeDefined();
    } else {
      expect(errors?.[0].extensions).toMatchObject({ code, field });
    }
  });

  test.each([0, 6, 3.5])('satisfaction %s is refused', async (satisfaction) => {
    const closed = { status: 'closed', result: '已调解', closedAt: '2026-11-25' };
    const { errors } = await graphqlRequest(url, CREATE, { input: newComplaint({ ...closed, satisfaction }) });
    // 3.5 is not an Int: GraphQL itself refuses it before validation.
    if (Number.isInteger(satisfaction)) expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_SATISFACTION', field: 'satisfaction' });
    else expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('satisfaction is only for closed complaints', async () => {
    const ok = await graphqlRequest(url, CREATE, { input: newComplaint({ status: 'closed', result: '已调解', closedAt: '2026-11-25', satisfaction: 5 }) });
    expect(ok.errors).toBeUndefined();
    const { errors } = await graphqlRequest(url, CREATE, { input: newComplaint({ satisfaction: 5 }) });
    expect(problemsOf(errors)).toEqual([['INVALID_SATISFACTION', 'satisfaction']]);
  });

  test('closedAt before the day of receipt → DATE_ORDER on closedAt (the same day is fine)', async () => {
    const closed = (closedAt: string) => newComplaint({ status: 'closed', result: '已办结', closedAt });
    const { errors } = await graphqlRequest(url, CREATE, { input: closed('2026-11-19') });
    expect(errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'closedAt' });
    expect(errors?.[0].message).toMatch(/办结日期/);
    expect((await graphqlRequest(url, CREATE, { input: closed('2026-11-20') })).errors).toBeUndefined();
  });

  test('due date and dispute date must be in order with the receipt', async () => {
    const { errors } = await graphqlRequest(url, CREATE, { input: newComplaint({ dueAt: '2026-11-19', disputeDate: '2026-11-21' }) });
    expect(problemsOf(errors)).toEqual(expect.arrayContaining([['DATE_ORDER', 'dueAt'], ['DATE_ORDER', 'disputeDate']]));
  });

  test.each(['closed', 'rejected'])('status %s needs a result and a closing date, reported together', async (status) => {
    const { errors } = await graphqlRequest(url, CREATE, { input: newComplaint({ status }) });
    expect(errors?.[0].extensions).toMatchObject({ code: 'RESULT_REQUIRED', field: 'result' });
    expect(problemsOf(errors)).toEqual([['RESULT_REQUIRED', 'result'], ['RESULT_REQUIRED', 'closedAt']]);
  });

  test('an open complaint has no closing date', async () => {
    const { errors } = await graphqlRequest(url, CREATE, { input: newComplaint({ status: 'handling', closedAt: '2026-11-25' }) });
    expect(problemsOf(errors)).toEqual([['CLOSED_AT_NOT_ALLOWED', 'closedAt']]);
  });
});

describe('the status machine', () => {
  const change = (id: string, v: number, status: string, extra: Record<string, unknown> = {}) =>
    graphqlRequest(url, CHANGE_STATUS, { id, v, status, ...extra });

  test('受理 → 办理 → 办结, and nothing else', async () => {
    const { complaint } = await create(url);
    for (const status of ['accepted', 'closed']) {
      const { errors } = await change(complaint.id, 1, status, { result: '已办结', closedAt: '2026-11-25' });
      expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATUS_TRANSITION', field: 'status' });
    }
    const handling = await change(complaint.id, 1, 'handling');
    expect(handling.errors).toBeUndefined();
    expect(handling.data.changeComplaintStatus).toMatchObject({ status: 'handling', version: 2 });

    const rejected = await change(complaint.id, 2, 'rejected', { result: '不属于职责范围', closedAt: '2026-11-25' });
    expect(rejected.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATUS_TRANSITION', field: 'status' });

    const incomplete = await change(complaint.id, 2, 'closed');
    expect(problemsOf(incomplete.errors)).toEqual([['RESULT_REQUIRED', 'result'], ['RESULT_REQUIRED', 'closedAt']]);
    const early = await change(complaint.id, 2, 'closed', { result: '已调解', closedAt: '2026-11-01' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'closedAt' });

    const closed = await change(complaint.id, 2, 'closed', { result: '经调解双方达成一致', closedAt: '2026-11-25' });
    expect(closed.errors).toBeUndefined();
    expect(closed.data.changeComplaintStatus).toEqual({ id: complaint.id, status: 'closed', result: '经调解双方达成一致', closedAt: '2026-11-25', version: 3 });

    for (const status of ['accepted', 'handling', 'rejected', 'closed']) {
      const { errors } = await change(complaint.id, 3, status, { result: 'x', closedAt: '2026-11-26' });
      expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATUS_TRANSITION', field: 'status' });
    }
  });

  test('受理 → 不予受理 with a result and a date', async () => {
    const { complaint } = await create(url);
    const missing = await change(complaint.id, 1, 'rejected', { closedAt: '2026-11-21' });
    expect(problemsOf(missing.errors)).toEqual([['RESULT_REQUIRED', 'result']]);
    const ok = await change(complaint.id, 1, 'rejected', { result: '不属于本部门职责范围', closedAt: '2026-11-21' });
    expect(ok.data.changeComplaintStatus).toMatchObject({ status: 'rejected', closedAt: '2026-11-21' });
  });

  test('a stale version and an unknown id are refused', async () => {
    const { complaint } = await create(url);
    expect((await change(complaint.id, 2, 'handling')).errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    expect((await change('00000000-0000-4000-8000-000000000000', 1, 'handling')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('updating a complaint', () => {
  test('changes only what is given, needs the current version, and applies the rules to the result', async () => {
    const { complaint } = await create(url);
    const ok = await graphqlRequest(url, UPDATE, { id: complaint.id, v: 1, input: { assignedOrg: '杭州市市场监督管理局', complainantPhone: '13900001111', itemCode: null } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateComplaint).toMatchObject({
      assignedOrg: '杭州市市场监督管理局', complainantPhoneMasked: '139****1111', itemCode: null, item: null,
      detail: complaint.detail, targetCertNo: complaint.targetCertNo, version: 2,
    });
    const stale = await graphqlRequest(url, UPDATE, { id: complaint.id, v: 1, input: { detail: '补充材料' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    const cleared = await graphqlRequest(url, UPDATE, { id: complaint.id, v: 2, input: { detail: null, territory: null } });
    expect(problemsOf(cleared.errors)).toEqual([['REQUIRED', 'territory'], ['REQUIRED', 'detail']]);
    const rated = await graphqlRequest(url, UPDATE, { id: complaint.id, v: 2, input: { satisfaction: 4 } });
    expect(rated.errors?.[0].extensions).toMatchObject({ code: 'INVALID_SATISFACTION', field: 'satisfaction' });
  });

  test('a closed complaint can be rated, and its receipt cannot move after its closing', async () => {
    const { complaint } = await create(url, { status: 'closed', result: '已调解', closedAt: '2026-11-25' });
    const rated = await graphqlRequest(url, UPDATE, { id: complaint.id, v: 1, input: { satisfaction: 4 } });
    expect(rated.data.updateComplaint.satisfaction).toBe(4);
    const moved = await graphqlRequest(url, UPDATE, { id: complaint.id, v: 2, input: { receivedAt: '2026-11-26T09:00:00+08:00' } });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'DATE_ORDER', field: 'closedAt' });
  });
});

describe('public tracking', () => {
  test('the number with its query code shows the progress, and only that', async () => {
    const { complaint, queryCode } = await create(url);
    const { data, errors } = await graphqlRequest(url, TRACK, { no: complaint.no, code: queryCode });
    expect(errors).toBeUndefined();
    expect(data.trackComplaint).toEqual({ no: complaint.no, status: 'accepted', receivedAt: '2026-11-20T02:00:00.000Z', dueAt: '2026-12-11', closedAt: null, result: null });
    const typed = await graphqlRequest(url, TRACK, { no: complaint.no.toLowerCase(), code: ` ${queryCode.toLowerCase()} ` });
    expect(typed.data.trackComplaint.no).toBe(complaint.no);
    // The view has no other fields to ask for.
    const more = await graphqlRequest(url, 'query($no: String!, $code: String!) { trackComplaint(no: $no, queryCode: $code) { detail } }', { no: complaint.no, code: queryCode });
    expect(more.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('a wrong code and an unknown number get the same NOT_FOUND', async () => {
    const { complaint, queryCode } = await create(url);
    const wrongCode = queryCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const wrong = await graphqlRequest(url, TRACK, { no: complaint.no, code: wrongCode });
    const unknown = await graphqlRequest(url, TRACK, { no: 'TS209901010000001', code: queryCode });
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  test('seeded complaints were never given a code and cannot be tracked', async () => {
    const { data } = await graphqlRequest(url, '{ complaints(page: { first: 1 }, filter: { assignedOrg: null }) { nodes { no } } }');
    const seededNo = data.complaints.nodes[0].no;
    const { errors } = await graphqlRequest(url, TRACK, { no: seededNo, code: '' });
    expect(errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('privacy', () => {
  test('the raw phone never leaves the subgraph', async () => {
    const phone = '13812345678';
    const created = await graphqlRequest(url, CREATE, { input: newComplaint({ complainantPhone: phone, detail: '隐私测试' }) });
    const { id, no } = created.data.createComplaint.complaint;
    const responses = [
      created,
      await graphqlRequest(url, 'query($id: ID!) { complaint(id: $id) { complainantPhoneMasked detail } }', { id }),
      await graphqlRequest(url, 'query($no: String!) { complaintByNo(no: $no) { complainantPhoneMasked } }', { no }),
      await graphqlRequest(url, '{ complaints(page: { first: 100 }, orderBy: { field: createdAt }) { nodes { complainantPhoneMasked } } }'),
      await graphqlRequest(url, TRACK, { no, code: created.data.createComplaint.queryCode }),
      await graphqlRequest(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { complainantPhoneMasked } } }', { r: [{ __typename: 'Complaint', id }] }),
      await graphqlRequest(url, 'query($id: ID!) { complaint(id: $id) { complainantPhone } }', { id }),
      await graphqlRequest(url, 'query($id: ID!) { complaint(id: $id) { queryCodeHash } }', { id }),
    ];
    expect(responses[1].data.complaint.complainantPhoneMasked).toBe('138****5678');
    expect(responses[6].errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(responses[7].errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const response of responses) expect(JSON.stringify(response)).not.toContain('12345678');
    const sdl = await graphqlRequest(url, '{ _service { sdl } }');
    const outputTypes = (sdl.data._service.sdl as string).split(/\n(?=(?:type|input|enum|scalar|directive|union|interface|schema|extend)\b)/).filter((block) => /^type /.test(block)).join('\n');
    expect(outputTypes).toContain('complainantPhoneMasked');
    expect(outputTypes).not.toMatch(/complainantPhone[^M]|queryCodeHash/);
  });
});
