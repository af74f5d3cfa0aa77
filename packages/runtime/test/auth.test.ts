import { asUser, forgedUserContext, graphqlRequest, startTestSubgraphs, TestHub, testUser } from '../src/testing';
import {
  inScope, maskCitizenId, maskName, maskPhone, PUBLIC_USER, readScope, scopeFilter, signUserContext, USER_CONTEXT_HEADER,
  verifyAuditChain, verifyUserContext, writeScope,
} from '../src';
import { noteSubgraph } from './support/noteSubgraph';

describe('masking', () => {
  test('citizen ids keep the first and last four', () => {
    expect(maskCitizenId('11010119900307002X')).toBe('1101**********002X');
    expect(maskCitizenId('110101900307002')).toBe('1101*******7002');
  });
  test('phones and names', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0571-87654321')).toBe('*********4321');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
});

describe('scope rules', () => {
  const staff = testUser('staff', { dept: 'SCJG', region: '330102', orgs: ['ORG-A'] });
  const leader = testUser('leader', { region: '330100' });
  const fields = { region: 'adCode', org: 'orgCode' };
  test('staff: own organs in region and below', () => {
    expect(scopeFilter(readScope(staff), fields)).toEqual({ adCode: { $like: '330102%' }, orgCode: { $in: ['ORG-A'] } });
    expect(inScope(readScope(staff), { adCode: '330102', orgCode: 'ORG-A' }, fields)).toBe(true);
    expect(inScope(readScope(staff), { adCode: '330105', orgCode: 'ORG-A' }, fields)).toBe(false);
    expect(inScope(readScope(staff), { adCode: '330102', orgCode: 'ORG-B' }, fields)).toBe(false);
  });
  test('leader reads every department of the city but writes only their own', () => {
    expect(scopeFilter(readScope(leader), fields)).toEqual({ adCode: { $like: '3301%' } });
    expect(inScope(writeScope(leader), { adCode: '330102', orgCode: 'ORG-B' }, fields)).toBe(false);
  });
  test('public sees nothing, auditors everything and write nothing', () => {
    expect(scopeFilter(readScope(PUBLIC_USER), fields)).toBeNull();
    expect(scopeFilter(readScope(testUser('auditor')), fields)).toBeUndefined();
    expect(scopeFilter(writeScope(testUser('auditor')), fields)).toBeNull();
    expect(scopeFilter(writeScope(testUser('city_admin')), fields)).toBeNull();
  });
});

describe('signed user context', () => {
  test('round trip keeps the user', async () => {
    const user = testUser('leader', { orgs: ['X'] });
    expect(await verifyUserContext(await signUserContext(user))).toEqual(user);
  });
  test('a context signed with another key, an expired one, or none is refused', async () => {
    const forged = await forgedUserContext();
    await expect(verifyUserContext(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(verifyUserContext(undefined)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"rol":"system","sub":"x","reg":"1"}').toString('base64url')}.`;
    await expect(verifyUserContext(unsigned)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('a subgraph under the auth runtime', () => {
  let hub: TestHub;
  let url: string;
  const staff = testUser('staff', { dept: 'SCJG', region: '330100' });
  const otherStaff = testUser('staff', { id: 'other', dept: 'STHJ', deptName: '杭州市生态环境局', region: '330100' });
  const sql = (text: string, params: unknown[] = []) => hub.subgraphs.notes.orm.em.getConnection().execute(text, params);

  beforeAll(async () => {
    hub = await startTestSubgraphs([noteSubgraph]);
    url = hub.subgraphs.notes.url;
  });
  afterAll(() => hub?.stop());

  test('a request without the gateway signature is refused with 401 before GraphQL runs', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [USER_CONTEXT_HEADER]: 'forged' }, body: JSON.stringify({ query: '{ notes { id } }' }) });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bare = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ notes { id } }' }) });
    expect(bare.status).toBe(401);
  });

  test('writes are scoped and audited in their own transaction; auditors and the public cannot write', async () => {
    const add = 'mutation($t: String!, $d: String!, $a: String!, $p: String) { addNote(text: $t, dept: $d, adCode: $a, phone: $p) { id } }';
    const ok = await graphqlRequest(url, add, { t: 'a', d: 'SCJG', a: '330102', p: '13812345678' }, await asUser(staff));
    expect(ok.errors).toBeUndefined();
    const foreign = await graphqlRequest(url, add, { t: 'b', d: 'STHJ', a: '330102' }, await asUser(staff));
    expect(foreign.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphqlRequest(url, add, { t: 'c', d: 'SCJG', a: '330102' }, await asUser(testUser('auditor')))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await graphqlRequest(url, add, { t: 'c', d: 'SCJG', a: '330102' }, await asUser(PUBLIC_USER))).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    await graphqlRequest(url, add, { t: 'd', d: 'STHJ', a: '330105' }, await asUser(otherStaff));

    const [entry] = await sql(`select * from audit.audit_log where ? = any(entity_ids)`, [ok.data.addNote.id]);
    expect(entry).toMatchObject({ actor_id: staff.id, role: 'staff', dept: 'SCJG', operation: 'create:addNote', entity_type: 'Note', subgraph: 'notes' });

    const before = Number((await sql('select count(*) as n from audit.audit_log'))[0].n);
    const failed = await graphqlRequest(url, 'mutation { addNoteThenFail(text: "x") }', {}, await asUser(staff));
    expect(failed.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(Number((await sql('select count(*) as n from audit.audit_log'))[0].n)).toBe(before);
    expect(await sql(`select 1 from notes.note where text = 'x'`)).toHaveLength(0);

    const committed = await graphqlRequest(url, 'mutation { addNoteInTransaction(text: "y") }', {}, await asUser(staff));
    const entries = await sql(`select * from audit.audit_log where ? = any(entity_ids)`, [committed.data.addNoteInTransaction]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'create:addNoteInTransaction', entity_type: 'Note' });
  });

  test('reads are scoped: staff their department, leaders the region, the public nothing', async () => {
    const texts = async (user: Parameters<typeof asUser>[0]) =>
      ((await graphqlRequest(url, '{ notes { text } }', {}, await asUser(user))).data?.notes ?? []).map((n: { text: string }) => n.text);
    expect(await texts(staff)).toEqual(['a']);
    expect(await texts(otherStaff)).toEqual(['d']);
    expect(await texts(testUser('leader'))).toEqual(['a', 'd']);
    expect(await texts(testUser('leader', { region: '330102' }))).toEqual(['a']);
    expect(await texts(PUBLIC_USER)).toEqual([]);
  });

  test('personal values are masked; revealing needs a role and a reason and is audited', async () => {
    const read = async (args: string, user = staff) => graphqlRequest(url, `{ notes { id phone${args} } }`, {}, await asUser(user));
    expect((await read('')).data.notes[0].phone).toBe('138****5678');
    expect((await read('(reveal: true)')).errors?.[0]).toMatchObject({ extensions: { code: 'REASON_REQUIRED', field: 'reason' } });
    expect((await read('(reveal: true, reason: "  ")')).errors?.[0].extensions.code).toBe('REASON_REQUIRED');
    expect((await read('(reveal: true, reason: "核查案件")', testUser('city_admin'))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const revealed = await read('(reveal: true, reason: "核查案件")');
    expect(revealed.data.notes[0].phone).toBe('13812345678');
    const [entry] = await sql(`select * from audit.audit_log where operation = 'reveal' order by seq desc limit 1`);
    expect(entry).toMatchObject({ actor_id: staff.id, entity_type: 'Note', entity_ids: [revealed.data.notes[0].id], fields: ['phone'], reason: '核查案件' });
  });

  test('the audit chain verifies, refuses edits, and reports tampering and deletion', async () => {
    const connection = hub.subgraphs.notes.orm.em.getConnection();
    // Concurrent writers from several connections still form one unbroken chain.
    const add = 'mutation($t: String!) { addNote(text: $t, dept: "SCJG", adCode: "330100") { id } }';
    const headers = await asUser(staff);
    await Promise.all(Array.from({ length: 20 }, (_, i) => graphqlRequest(url, add, { t: `p${i}` }, headers)));
    const clean = await verifyAuditChain(connection);
    expect(clean).toMatchObject({ ok: true, brokenSeqs: [], missingSeqs: [] });
    expect(clean.checked).toBeGreaterThanOrEqual(22);

    await expect(sql(`update audit.audit_log set reason = 'x' where seq = 2`)).rejects.toThrow(/只能追加/);
    await expect(sql(`delete from audit.audit_log where seq = 2`)).rejects.toThrow(/只能追加/);

    await sql(`alter table audit.audit_log disable trigger audit_log_append_only`);
    try {
      await sql(`update audit.audit_log set actor_name = '冒名' where seq = 3`);
      await sql(`delete from audit.audit_log where seq = 5`);
    } finally {
      await sql(`alter table audit.audit_log enable trigger audit_log_append_only`);
    }
    const tampered = await verifyAuditChain(connection);
    expect(tampered.ok).toBe(false);
    expect(tampered.brokenSeqs).toEqual(expect.arrayContaining([3, 6]));
    expect(tampered.missingSeqs).toEqual([5]);
  });
});
