import { graphqlRequest, startTestSubgraphs, TestHub } from '@hub/runtime/testing';
import subjects from '../src';

let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestSubgraphs([subjects], { seedScale: 0.01 });
  url = hub.subgraphs.subjects.url;
});
afterAll(() => hub?.stop());

const legal = (certNo: string, extra: Record<string, unknown> = {}) => ({
  kind: 'legal', name: '杭州测试科技有限公司', certType: '001', certNo, adCode: '330106',
  legalPerson: { entType: '有限责任公司', legalRep: '张三', regStatus: '存续' }, ...extra,
});
const CREATE = 'mutation($input: SubjectInput!) { createSubject(input: $input) { id certNo version } }';

describe('subjects subgraph', () => {
  test('lists the seeded city with a total count', async () => {
    const { data, errors } = await graphqlRequest(url, '{ subjects(page: { first: 5 }) { totalCount nodes { name adCode } } }');
    expect(errors).toBeUndefined();
    expect(data.subjects.totalCount).toBe(100);
    expect(data.subjects.nodes).toHaveLength(5);
    for (const s of data.subjects.nodes) expect(s.adCode).toMatch(/^3301\d\d$/);
  });

  test.each([
    ['91330100716105852F', null],
    ['911101081000004460', null],
    ['91330100716105852G', 'INVALID_USCC'],
    ['91330100716105852I', 'INVALID_USCC'],
    ['00000000000000000X', 'INVALID_USCC'],
  ])('USCC %s → %s', async (certNo, code) => {
    const { data, errors } = await graphqlRequest(url, CREATE, { input: legal(certNo) });
    if (code === null) {
      expect(errors).toBeUndefined();
      expect(data.createSubject.certNo).toBe(certNo);
    } else {
      expect(errors?.[0].extensions).toMatchObject({ code, field: 'certNo' });
      expect(errors?.[0].message).toMatch(/统一社会信用代码/);
      expect(JSON.stringify(errors)).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  test('a natural person needs a valid citizen id; 15-digit ids are rejected, x must be upper case', async () => {
    const person = (certNo: string) => ({ kind: 'natural', name: '李四', certType: '111', certNo, adCode: '110105' });
    expect((await graphqlRequest(url, CREATE, { input: person('11010519491231002X') })).errors).toBeUndefined();
    for (const bad of ['110105194912310021', '11010519491231002x']) {
      const { errors } = await graphqlRequest(url, CREATE, { input: person(bad) });
      expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_ID_NUMBER', field: 'certNo' });
    }
  });

  test('unknown division code and mismatched details are reported together', async () => {
    const { errors } = await graphqlRequest(url, CREATE, { input: legal('9144030071526726XG', { adCode: '999999', legalPerson: null }) });
    const problems = errors?.[0].extensions.problems.map((p: any) => [p.code, p.field]);
    expect(problems).toEqual(expect.arrayContaining([['INVALID_AD_CODE', 'adCode'], ['DETAILS_REQUIRED', 'legalPerson']]));
  });

  test('duplicate certificate numbers are refused', async () => {
    await graphqlRequest(url, CREATE, { input: legal('914403001922038216') });
    const { errors } = await graphqlRequest(url, CREATE, { input: legal('914403001922038216') });
    expect(errors?.[0].extensions).toMatchObject({ code: 'DUPLICATE_CERT_NO', field: 'certNo' });
  });

  test('looks a subject up by certificate number and by federation reference', async () => {
    const { data } = await graphqlRequest(url, '{ subjects(page: { first: 1 }) { nodes { id certNo } } }');
    const [{ id, certNo }] = data.subjects.nodes;
    const byCert = await graphqlRequest(url, 'query($c: String!) { subjectByCertNo(certNo: $c) { id } }', { c: certNo.toLowerCase() });
    expect(byCert.data!.subjectByCertNo.id).toBe(id);
    const refs = await graphqlRequest(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id certNo } } }', {
      r: [{ __typename: 'Subject', id }, { __typename: 'Subject', certNo }, { __typename: 'Subject', id: '00000000-0000-5000-8000-000000000000' }],
    });
    expect(refs.data!._entities).toEqual([{ id, certNo }, { id, certNo }, null]);
  });

  test('update needs the current version', async () => {
    const created = await graphqlRequest(url, CREATE, { input: legal('91110108551385082Q') });
    const { id } = created.data.createSubject;
    const UPDATE = 'mutation($id: ID!, $input: UpdateSubjectInput!) { updateSubject(id: $id, input: $input) { name version } }';
    const ok = await graphqlRequest(url, UPDATE, { id, input: { ...legal('91110108551385082Q', { name: '改名后' }), expectedVersion: 1 } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateSubject).toEqual({ name: '改名后', version: 2 });
    const stale = await graphqlRequest(url, UPDATE, { id, input: { ...legal('91110108551385082Q'), expectedVersion: 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
  });

  test('pagination is stable under concurrent inserts: no duplicates, no gaps', async () => {
    const before = await graphqlRequest(url, '{ subjects(page: { first: 500 }, orderBy: { field: name, direction: ASC }) { nodes { id } } }');
    const expected = before.data.subjects.nodes.map((n: any) => n.id);
    const seen: string[] = [];
    let after: string | null = null;
    let inserted = 0;
    const fresh = ['91110000710926094P', '91110000802100433B', '9135052155323005XL', '91230184MA1BUFLT44', '92371000MA3MXH0E3W', '91230500MA1B3N1N2M'];
    do {
      const page: any = await graphqlRequest(url, 'query($after: String) { subjects(page: { first: 7, after: $after }, orderBy: { field: name, direction: ASC }) { nodes { id } pageInfo { endCursor hasNextPage } } }', { after });
      seen.push(...page.data.subjects.nodes.map((n: any) => n.id));
      after = page.data.subjects.pageInfo.hasNextPage ? page.data.subjects.pageInfo.endCursor : null;
      // Another user inserts subjects that sort before, inside and after the pages being read.
      if (inserted < fresh.length) {
        const name = ['阿', '杭州', '龘'][inserted % 3] + '并发插入';
        await graphqlRequest(url, CREATE, { input: legal(fresh[inserted++], { name }) });
      }
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of expected) expect(seen).toContain(id);
  });

  test('a bad cursor is a clear client error', async () => {
    const { errors } = await graphqlRequest(url, '{ subjects(page: { after: "bm9wZQ" }) { totalCount } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });
});
