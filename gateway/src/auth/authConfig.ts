/**
 * Which tokens the gateway accepts. Explicit options win over the environment:
 * - `HUB_OIDC_ISSUER`: an external OIDC provider (e.g. a provincial unified identity platform); its JWKS is
 *   `HUB_OIDC_JWKS_URL`, or else discovered from `<issuer>/.well-known/openid-configuration`;
 *   `HUB_OIDC_AUDIENCE`: the `aud` its tokens must carry (none checked when unset).
 * - Unset (the embedded default): the built-in identity subgraph, issuer `HUB_IDP_ISSUER` or
 *   `urn:hub:identity`, audience `hub`, JWKS at `<identity base>/.well-known/jwks.json`.
 * Whatever the issuer, the person behind the token is looked up in the identity subgraph (`resolveIdentity`).
 */
export interface AuthOptions {
  issuer?: string;
  jwksUrl?: string;
  audience?: string;
  /** The identity subgraph's GraphQL URL (default: the `identity` subgraph's routing URL). */
  identityUrl?: string;
  /** How long a resolved identity is reused (default 60 s). */
  identityCacheMs?: number;
  /** Most identities kept in the cache (default 10,000). */
  identityCacheSize?: number;
}

export const BUILT_IN_ISSUER = 'urn:hub:identity';
export const BUILT_IN_AUDIENCE = 'hub';

export interface AuthConfig {
  issuer: string;
  /** A fixed JWKS URL, or a discovery document to read it from (external issuers without HUB_OIDC_JWKS_URL). */
  jwks: { url: string } | { discoveryUrl: string } | null;
  audience?: string;
  identityUrl?: string;
  identityCacheMs: number;
  identityCacheSize: number;
}

/** `http://host:4107/graphql` → `http://host:4107` (the identity subgraph serves its JWKS beside /graphql). */
export function identityBaseOf(identityUrl: string): string {
  const url = new URL(identityUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') || '/';
  url.search = '';
  return url.toString().replace(/\/$/, '');
}

export function resolveAuthConfig(options: AuthOptions = {}, env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const identityUrl = options.identityUrl;
  const external = options.issuer ?? env.HUB_OIDC_ISSUER;
  const base = { identityUrl, identityCacheMs: options.identityCacheMs ?? 60_000, identityCacheSize: options.identityCacheSize ?? 10_000 };
  if (external) {
    const jwksUrl = options.jwksUrl ?? env.HUB_OIDC_JWKS_URL;
    const discoveryUrl = `${external.replace(/\/$/, '')}/.well-known/openid-configuration`;
    return { ...base, issuer: external, jwks: jwksUrl ? { url: jwksUrl } : { discoveryUrl }, audience: options.audience ?? env.HUB_OIDC_AUDIENCE };
  }
  const jwksUrl = options.jwksUrl ?? env.HUB_OIDC_JWKS_URL ?? (identityUrl ? `${identityBaseOf(identityUrl)}/.well-known/jwks.json` : undefined);
  return {
    ...base,
    issuer: env.HUB_IDP_ISSUER ?? BUILT_IN_ISSUER,
    jwks: jwksUrl ? { url: jwksUrl } : null,
    audience: options.audience ?? env.HUB_OIDC_AUDIENCE ?? BUILT_IN_AUDIENCE,
  };
}
