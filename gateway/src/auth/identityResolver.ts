import { ASSIGNABLE_ROLES, HubUser, isRole, signUserContext, SYSTEM_USER, USER_CONTEXT_HEADER } from '@hub/runtime';
import { GatewayHttpError } from './httpError';
import type { VerifiedToken } from './verifyToken';

const RESOLVE_IDENTITY = `query ResolveIdentity($issuer: String!, $subject: String!, $username: String) {
  resolveIdentity(issuer: $issuer, subject: $subject, username: $username) { id username name role dept deptName region orgs disabled }
}`;

interface IdentityRecord extends HubUser {
  disabled: boolean;
}

export const identityUnavailable = () =>
  new GatewayHttpError(503, 'SUBGRAPH_UNAVAILABLE', '子系统 identity 暂时不可用，无法确认登录用户', { subgraph: 'identity' }, { 'retry-after': '5' });

export interface IdentityResolverOptions {
  identityUrl?: string;
  ttlMs: number;
  maxEntries: number;
  timeoutMs?: number;
}

export type IdentityResolver = (token: VerifiedToken) => Promise<HubUser>;

/**
 * The hub user behind a verified token, from the identity subgraph (the user registry: role, department,
 * region, organs). Answers are kept for `ttlMs` (a disabled account stops working within that time), at most
 * `maxEntries` of them; simultaneous first requests of one person share one call. Failures are not kept.
 */
export function createIdentityResolver({ identityUrl, ttlMs, maxEntries, timeoutMs = 5000 }: IdentityResolverOptions): IdentityResolver {
  const cache = new Map<string, { at: number; record: IdentityRecord | null }>();
  const inFlight = new Map<string, Promise<IdentityRecord | null>>();

  const lookup = async ({ issuer, subject, username }: VerifiedToken): Promise<IdentityRecord | null> => {
    if (!identityUrl) throw identityUnavailable();
    let body: { data?: { resolveIdentity?: IdentityRecord | null }; errors?: unknown[] };
    try {
      const response = await fetch(identityUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [USER_CONTEXT_HEADER]: await signUserContext(SYSTEM_USER) },
        body: JSON.stringify({ query: RESOLVE_IDENTITY, variables: { issuer, subject, username: username ?? null } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw identityUnavailable();
    }
    if (!body.data || body.errors?.length) throw identityUnavailable();
    return body.data.resolveIdentity ?? null;
  };

  return async (token) => {
    const key = `${token.issuer}\u0000${token.subject}`;
    const now = Date.now();
    const cached = cache.get(key);
    let record: IdentityRecord | null;
    if (cached && now - cached.at < ttlMs) {
      record = cached.record;
    } else {
      let pending = inFlight.get(key);
      if (!pending) {
        pending = lookup(token).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      record = await pending;
      cache.delete(key); // re-inserted last: the Map's order is then oldest-first, for eviction
      cache.set(key, { at: now, record });
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    }
    return accept(record);
  };
}

function accept(record: IdentityRecord | null): HubUser {
  if (!record) throw new GatewayHttpError(403, 'USER_NOT_REGISTERED', '该账号未在本平台登记，请联系管理员开通');
  if (record.disabled) throw new GatewayHttpError(403, 'ACCOUNT_DISABLED', '该账号已停用，请联系管理员');
  // `public` and `system` are never a person's role: a registry that says so is refused, not trusted.
  if (!isRole(record.role) || !ASSIGNABLE_ROLES.includes(record.role)) {
    throw new GatewayHttpError(403, 'FORBIDDEN', '该账号的角色无效，请联系管理员');
  }
  const { disabled: _disabled, ...user } = record;
  return { ...user, orgs: user.orgs ?? [] };
}
