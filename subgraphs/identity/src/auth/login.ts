import type { Connection } from '@mikro-orm/core';
import { appendAudit, AuditEntry, currentRequest, HubError } from '@hub/runtime';
import { beijingTime } from './beijingTime';
import { issueToken, IssuedToken } from './issueToken';
import { findByUsername, LoginCandidate, loginSucceeded, reserveAttempt } from './loginAttempts';
import { dummyHash, verifyPassword } from './passwords';

/** The same answer for an unknown name and a wrong password: a login form must not tell which names exist. */
const invalidCredentials = () => new HubError('INVALID_CREDENTIALS', '用户名或密码错误');

const accountLocked = (until: Date | null) =>
  new HubError('ACCOUNT_LOCKED', until
    ? `连续登录失败次数过多，账户已锁定至 ${beijingTime(until)}（北京时间），请稍后再试或联系管理员解锁`
    : '连续登录失败次数过多，账户已锁定，请稍后再试或联系管理员解锁');

export interface LoginOutcome extends IssuedToken {
  user: LoginCandidate;
}

/**
 * 内置身份认证: checks a username and password and issues a token. Order matters: a locked account is refused
 * before its password is looked at (so guessing stops while locked); a disabled one only after the right
 * password (so the answer does not tell a guesser which accounts are disabled). Every outcome is audited.
 */
export async function login(connection: Connection, rawUsername: string, password: string): Promise<LoginOutcome> {
  const username = rawUsername.trim().toLowerCase();
  const user = await reserveAttempt(connection, username);
  if (!user) {
    const locked = await findByUsername(connection, username);
    if (locked) {
      await audit(connection, failed(locked, '账户已锁定'));
      throw accountLocked(locked.lockedUntil);
    }
    await verifyPassword(password, await dummyHash()); // the same time as a known name
    await audit(connection, { ...actor(null, rawUsername), operation: 'login_failed', entityIds: [], reason: '用户不存在' });
    throw invalidCredentials();
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const lockedNow = user.lockedUntil !== null;
    await audit(connection, failed(user, lockedNow ? '密码错误，账户已锁定' : '密码错误'));
    throw lockedNow ? accountLocked(user.lockedUntil) : invalidCredentials();
  }
  if (user.disabled) {
    await audit(connection, failed(user, '账户已停用'));
    throw new HubError('ACCOUNT_DISABLED', '该账户已停用，请联系管理员');
  }
  const token = await issueToken(user);
  await connection.transactional(async (transaction) => {
    await loginSucceeded(connection, user.id, transaction);
    await audit(connection, { ...actor(user), operation: 'login', entityIds: [user.id], reason: null }, transaction);
  });
  return { ...token, user };
}

type Entry = Pick<AuditEntry, 'actorId' | 'actorName' | 'role' | 'dept' | 'region' | 'operation' | 'entityIds' | 'reason'>;

/** The person the entry is about: the account when it exists, else the name that was tried, as the public. */
function actor(user: LoginCandidate | null, triedName = ''): Pick<Entry, 'actorId' | 'actorName' | 'role' | 'dept' | 'region'> {
  if (!user) return { actorId: 'anonymous', actorName: triedName.slice(0, 100), role: 'public', dept: null, region: null };
  return { actorId: user.id, actorName: user.name, role: user.role, dept: user.deptCode, region: user.region };
}

const failed = (user: LoginCandidate, reason: string): Entry => ({ ...actor(user), operation: 'login_failed', entityIds: [user.id], reason });

function audit(connection: Connection, entry: Entry, transaction?: Parameters<Connection['execute']>[3]): Promise<void> {
  const request = currentRequest();
  return appendAudit(connection, [{
    ...entry,
    requestId: request?.requestId ?? null,
    subgraph: 'identity',
    entityType: 'User',
    fields: [],
  }], transaction);
}
