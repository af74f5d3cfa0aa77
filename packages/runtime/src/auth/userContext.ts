import { jwtVerify, SignJWT } from 'jose';
import { KeyPair, loadKeyPair } from './keyPair';
import { unauthenticated } from './authErrors';
import { isRole } from './roles';
import type { HubUser } from './user';

/**
 * The gateway tells each subgraph who is asking in this header: a compact JWS (EdDSA) that only the gateway
 * can sign. Subgraphs hold the public key and refuse any request without a valid one, so a caller that
 * reaches a subgraph directly cannot claim to be anybody.
 */
export const USER_CONTEXT_HEADER = 'x-hub-user';
const ALGORITHM = 'EdDSA' as const;
const ISSUER = 'hub-gateway';
const AUDIENCE = 'hub-subgraphs';
/** Long enough for the slowest query plan's last subgraph call; short enough that a captured header is soon useless. */
const LIFETIME_SECONDS = 120;

/**
 * HUB_CONTEXT_PRIVATE_KEY (gateway only) and HUB_CONTEXT_PUBLIC_KEY (subgraphs), PEM; without them, a pair
 * made on first use in HUB_KEY_DIR.
 */
export const contextKeys = (): Promise<KeyPair> =>
  loadKeyPair({ name: 'context-ed25519', alg: ALGORITHM, privateEnv: 'HUB_CONTEXT_PRIVATE_KEY', publicEnv: 'HUB_CONTEXT_PUBLIC_KEY' });

/** Signs what the gateway verified, for one request. */
export async function signUserContext(user: HubUser, requestId?: string): Promise<string> {
  const { privateKey } = await contextKeys();
  if (!privateKey) throw new Error('no private context key: only the gateway signs user contexts (HUB_CONTEXT_PRIVATE_KEY)');
  return new SignJWT({ usr: user.username, nam: user.name, rol: user.role, dep: user.dept, dnm: user.deptName, reg: user.region, org: user.orgs, rid: requestId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(privateKey);
}

/** The user a subgraph serves; anything missing, expired or not signed by the gateway is `UNAUTHENTICATED`. */
export async function verifyUserContext(token: string | undefined): Promise<HubUser> {
  if (!token) throw unauthenticated('缺少网关签发的用户上下文：子系统只接受经网关转发的请求');
  const { publicKey } = await contextKeys();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] }));
  } catch {
    throw unauthenticated('用户上下文签名无效或已过期');
  }
  if (!isRole(payload.rol) || typeof payload.sub !== 'string' || typeof payload.reg !== 'string') {
    throw unauthenticated('用户上下文内容不完整');
  }
  return {
    id: payload.sub,
    username: String(payload.usr ?? payload.sub),
    name: String(payload.nam ?? ''),
    role: payload.rol,
    dept: (payload.dep as string | null) ?? null,
    deptName: (payload.dnm as string | null) ?? null,
    region: payload.reg,
    orgs: Array.isArray(payload.org) ? payload.org.map(String) : [],
  };
}
