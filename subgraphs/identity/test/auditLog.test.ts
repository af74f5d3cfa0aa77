import { cityUser } from '@hub/city';
import { codeOf, IdentityTestHub, seededId, startIdentityHub } from './identityTestHub';

let t: IdentityTestHub;

beforeAll(async () => {
  t = await startIdentityHub();
  expect(codeOf(await t.login('scjg.staff'))).toBeUndefined();
  expect(codeOf(await t.login('scjg.staff', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
  expect(codeOf(await t.login('ghost', 'Wrong1234'))).toBe('INVALID_CREDENTIALS');
});
afterAll(() => t?.hub.stop());

const AUDIT_LOG = `query($f: AuditLogFilter, $p: PageArgs) {
  auditLog(filter: $f, page: $p) { totalCount nodes { seq at actorId actorName role dept region subgraph operation entityType entityIds fields reason hash prevHash } pageInfo { hasNextPage endCursor } }
}`;
const VERIFY = '{ verifyAuditChain { ok checked brokenSeqs missingSeqs headSeq headHash } }';
const auditor = () => cityUser(t.frame, 'auditor', null, '330100');

/** Changes the append-only log behind its back, as an attacker with database access could. */
async function tamper(statement: string) {
  await t.sql(`begin;
    alter table audit.audit_log disable trigger audit_log_append_only;
    ${statement};
    alter table audit.audit_log enable trigger audit_log_append_only;
    commit;`);
}

describe('audit log reading', () => {
  test('auditors read login entries, newest first, with filters and keyset pages', async () => {
    const { data, errors } = await t.gql(AUDIT_LOG, { f: { entityType: 'User', subgraph: 'identity' } }, auditor());
    expect(errors).toBeUndefined();
    const nodes = data!.auditLog.nodes;
    expect(nodes.map((n: any) => n.operation)).toEqual(['login_failed', 'login_failed', 'login']);
    expect(nodes[2]).toMatchObject({ actorId: seededId('scjg.staff'), actorName: '杭市监工作人员', role: 'staff', dept: 'SCJG', region: '330100', entityIds: [seededId('scjg.staff')] });
    expect(nodes[0]).toMatchObject({ actorId: 'anonymous', actorName: 'ghost', role: 'public', reason: '用户不存在' });
    expect(nodes[0].seq).toBeGreaterThan(nodes[1].seq);
    expect(nodes[1].prevHash).toBe(nodes[2].hash);
    expect(data!.auditLog.totalCount).toBe(3);

    const byActor = await t.gql(AUDIT_LOG, { f: { actorId: seededId('scjg.staff'), operation: 'login' } }, auditor());
    expect(byActor.data!.auditLog.nodes).toHaveLength(1);
    const byEntity = await t.gql(AUDIT_LOG, { f: { entityId: seededId('scjg.staff') } }, auditor());
    expect(byEntity.data!.auditLog.nodes).toHaveLength(2);
    const future = await t.gql(AUDIT_LOG, { f: { from: new Date(Date.now() + 60_000).toISOString() } }, auditor());
    expect(future.data!.auditLog.nodes).toEqual([]);

    const page1 = (await t.gql(AUDIT_LOG, { f: { entityType: 'User' }, p: { first: 2 } }, auditor())).data!.auditLog;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await t.gql(AUDIT_LOG, { f: { entityType: 'User' }, p: { first: 2, after: page1.pageInfo.endCursor } }, auditor())).data!.auditLog;
    expect([...page1.nodes, ...page2.nodes].map((n: any) => n.operation)).toEqual(['login_failed', 'login_failed', 'login']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await t.gql(AUDIT_LOG, { p: { after: 'garbage' } }, auditor()))).toBe('INVALID_CURSOR');
  });

  test('reading the audit log is audited itself', async () => {
    const { data } = await t.gql(AUDIT_LOG, { f: { operation: 'read_audit' } }, auditor());
    const reads = data!.auditLog.nodes;
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(reads[0]).toMatchObject({ actorId: auditor().id, role: 'auditor', entityType: 'AuditEntry', subgraph: 'identity' });
    expect(reads[0].fields[0]).toBe('auditLog');
  });

  test('only auditors (and the system) read the log or verify the chain', async () => {
    for (const query of [AUDIT_LOG, VERIFY]) {
      for (const user of [cityUser(t.frame, 'staff'), cityUser(t.frame, 'leader'), cityUser(t.frame, 'city_admin', null), cityUser(t.frame, 'province_admin', null, '330000')]) {
        expect(codeOf(await t.gql(query, {}, user))).toBe('FORBIDDEN');
      }
      expect(codeOf(await t.gql(query, {}, 'public'))).toBe('UNAUTHENTICATED');
      expect((await t.gql(query, {})).errors).toBeUndefined();
    }
  });

  test('verifyAuditChain: intact, then a changed row is broken and a deleted row missing', async () => {
    const intact = (await t.gql(VERIFY, {}, auditor())).data!.verifyAuditChain;
    expect(intact).toMatchObject({ ok: true, brokenSeqs: [], missingSeqs: [] });
    expect(intact.checked).toBe(intact.headSeq);
    expect(intact.headHash).toMatch(/^[0-9a-f]{64}$/);

    const [login] = await t.sql(`select seq from audit.audit_log where operation = 'login' order by seq limit 1`);
    const changed = Number(login.seq);
    await tamper(`update audit.audit_log set actor_name = '别人' where seq = ${changed}`);
    const broken = (await t.gql(VERIFY, {}, auditor())).data!.verifyAuditChain;
    expect(broken.ok).toBe(false);
    expect(broken.brokenSeqs).toEqual([changed]);
    expect(broken.missingSeqs).toEqual([]);

    const removed = changed + 2;
    await tamper(`delete from audit.audit_log where seq = ${removed}`);
    const gap = (await t.gql(VERIFY, {}, auditor())).data!.verifyAuditChain;
    expect(gap.ok).toBe(false);
    expect(gap.missingSeqs).toEqual([removed]);
    expect(gap.brokenSeqs).toEqual([changed, removed + 1]);
  });
});
