import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import type { AuthConfig } from './authConfig';
import { GatewayHttpError } from './httpError';

/** Asymmetric algorithms only: `none` and HMAC (a shared secret would let anyone holding it mint tokens) are refused. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'];

export type TokenRejection =
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  | 'ALGORITHM_NOT_ALLOWED'
  | 'MISSING_SUBJECT'
  | 'MALFORMED';

const MESSAGES: Record<TokenRejection, string> = {
  TOKEN_EXPIRED: '登录令牌已过期，请重新登录',
  TOKEN_NOT_YET_VALID: '登录令牌尚未生效',
  BAD_SIGNATURE: '登录令牌签名无效',
  UNKNOWN_KEY: '登录令牌的签名密钥不属于可信的身份提供方',
  WRONG_ISSUER: '登录令牌不是由可信的身份提供方签发的',
  WRONG_AUDIENCE: '登录令牌不是签发给本平台的',
  ALGORITHM_NOT_ALLOWED: '登录令牌的签名算法不被接受（仅接受 RS256、ES256）',
  MISSING_SUBJECT: '登录令牌缺少用户标识（sub）',
  MALFORMED: '登录令牌格式错误',
};

/** 401 with the reason, and the RFC 6750 challenge that tells a client to get a new token. */
export function invalidToken(reason: TokenRejection): GatewayHttpError {
  return new GatewayHttpError(401, 'UNAUTHENTICATED', MESSAGES[reason], { reason }, { 'www-authenticate': `Bearer error="invalid_token", error_description="${reason}"` });
}

export const identityProviderUnavailable = (detail: string) =>
  new GatewayHttpError(503, 'IDENTITY_PROVIDER_UNAVAILABLE', `身份提供方暂时不可用：${detail}`, {}, { 'retry-after': '5' });

function rejectionOf(error: unknown): TokenRejection | null {
  if (error instanceof errors.JWTExpired) return 'TOKEN_EXPIRED';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'WRONG_ISSUER';
    if (error.claim === 'aud') return 'WRONG_AUDIENCE';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'TOKEN_NOT_YET_VALID';
    return 'MALFORMED';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'BAD_SIGNATURE';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'UNKNOWN_KEY';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'ALGORITHM_NOT_ALLOWED';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JWKInvalid) return 'MALFORMED';
  return null;
}

export interface VerifiedToken {
  issuer: string;
  subject: string;
  /** `preferred_username` when the provider sends one: helps the identity subgraph link a first login. */
  username?: string;
  claims: JWTPayload;
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

/**
 * Verifies bearer tokens against the configured issuer's JWKS (fetched on first use and cached by jose, which
 * refetches when it meets an unknown `kid`, so key rotation needs no restart).
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const keySet = () => {
    if (!keys) {
      keys = locateJwks(config).then((url) => createRemoteJWKSet(new URL(url)));
      keys.catch(() => (keys = undefined)); // a failed discovery is retried on the next request
    }
    return keys;
  };

  return async (token) => {
    if (!config.jwks) throw identityProviderUnavailable('未配置身份提供方（HUB_OIDC_ISSUER）或身份子系统');
    const jwks = await keySet();
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer: config.issuer, audience: config.audience, algorithms: ACCEPTED_ALGORITHMS });
      if (typeof payload.sub !== 'string' || !payload.sub) throw invalidToken('MISSING_SUBJECT');
      const username = typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined;
      return { issuer: config.issuer, subject: payload.sub, username, claims: payload };
    } catch (error) {
      if (error instanceof GatewayHttpError) throw error;
      const reason = rejectionOf(error);
      if (reason) throw invalidToken(reason);
      // JWKS not reachable, not JSON, timed out: the provider's problem, not the caller's.
      throw identityProviderUnavailable(`无法取得签名公钥（${(error as Error).message}）`);
    }
  };
}

async function locateJwks(config: AuthConfig): Promise<string> {
  const jwks = config.jwks!;
  if ('url' in jwks) return jwks.url;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(jwks.discoveryUrl, { signal: AbortSignal.timeout(5000), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    throw identityProviderUnavailable(`无法读取 ${jwks.discoveryUrl}（${(error as Error).message}）`);
  }
  if (typeof document.jwks_uri !== 'string') throw identityProviderUnavailable(`${jwks.discoveryUrl} 未给出 jwks_uri`);
  return document.jwks_uri;
}
