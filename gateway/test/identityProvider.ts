import http from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';
import { HubUser, USER_CONTEXT_HEADER, verifyUserContext } from '@hub/runtime';

/** What the identity subgraph's `resolveIdentity` answers about a person. */
export type IdentityRecord = HubUser & { disabled: boolean };

export const TEST_ISSUER = 'https://idp.test.example';

export interface TokenOptions {
  issuer?: string;
  audience?: string;
  expiresIn?: string | number;
  /** Sign with another key (under the same `kid` unless `kid` says otherwise). */
  key?: KeyLike;
  kid?: string;
  alg?: 'ES256' | 'RS256';
  claims?: Record<string, unknown>;
}

export interface FakeIdentityProvider {
  /** The identity "subgraph" URL (`…/graphql`); JWKS and discovery live beside it. */
  identityUrl: string;
  jwksUrl: string;
  issuer: string;
  users: Map<string, IdentityRecord>;
  /** `resolveIdentity` calls received (subject of each). */
  lookups: string[];
  /** When true, `/graphql` answers 503 like a subgraph that is down. */
  down: boolean;
  token(subject: string, options?: TokenOptions): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A stand-in for an OIDC provider plus the identity subgraph, on loopback: a JWKS (ES256, kid `k1`), an
 * OpenID discovery document, and `resolveIdentity`, which, like the real one, only answers the system user.
 */
export async function startIdentityProvider({ issuerIsOrigin = false } = {}): Promise<FakeIdentityProvider> {
  let issuer = TEST_ISSUER;
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  const users = new Map<string, IdentityRecord>();
  const lookups: string[] = [];
  let base = '';
  const provider: FakeIdentityProvider = {
    identityUrl: '',
    jwksUrl: '',
    issuer,
    users,
    lookups,
    down: false,
    token: (subject, options = {}) => {
      const jwt = new SignJWT({ preferred_username: subject, ...options.claims })
        .setProtectedHeader({ alg: options.alg ?? 'ES256', kid: options.kid ?? 'k1' })
        .setSubject(subject)
        .setIssuer(options.issuer ?? provider.issuer)
        .setAudience(options.audience ?? 'hub')
        .setIssuedAt();
      if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
      else jwt.setExpirationTime('5m');
      return jwt.sign(options.key ?? privateKey);
    },
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.url === '/.well-known/jwks.json') return send(200, { keys: [jwk] });
    if (req.url === '/.well-known/openid-configuration') return send(200, { issuer, jwks_uri: `${base}/.well-known/jwks.json` });
    if (req.url !== '/graphql' || req.method !== 'POST') return send(404, {});
    if (provider.down) return send(503, { errors: [{ message: 'down' }] });
    try {
      const caller = await verifyUserContext(req.headers[USER_CONTEXT_HEADER] as string | undefined);
      if (caller.role !== 'system') return send(200, { data: null, errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] });
    } catch {
      return send(401, { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    lookups.push(variables.subject);
    await new Promise((r) => setTimeout(r, 20)); // long enough for simultaneous first requests to overlap
    send(200, { data: { resolveIdentity: users.get(variables.subject) ?? null } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // An OIDC issuer is a URL whose discovery document sits under it.
  if (issuerIsOrigin) provider.issuer = issuer = base;
  provider.identityUrl = `${base}/graphql`;
  provider.jwksUrl = `${base}/.well-known/jwks.json`;
  return provider;
}

/** A registered person of the seed city. */
export function identity(id: string, role: HubUser['role'], overrides: Partial<IdentityRecord> = {}): IdentityRecord {
  return { id, username: id, name: `用户${id}`, role, dept: 'SCJG', deptName: '杭州市市场监督管理局', region: '330100', orgs: ['11330100MB0000000X'], disabled: false, ...overrides };
}
