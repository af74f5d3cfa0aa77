import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { builtinIssuer, HUB_AUDIENCE, TOKEN_ALGORITHM, tokenTtlSeconds } from './issuer';
import { signingKey } from './signingKey';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/**
 * The same kind of token an external OIDC provider issues: who (sub = user id) and for whom (aud = hub). Role,
 * department and region are not in it: the gateway looks them up (resolveIdentity), so a change of role takes
 * effect at once rather than when the token expires.
 */
export async function issueToken(user: { id: string; username: string; name: string }): Promise<IssuedToken> {
  const { privateKey, jwk } = await signingKey();
  if (!privateKey) throw new Error('HUB_IDP_PRIVATE_KEY is not set: this process cannot issue tokens');
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + tokenTtlSeconds();
  const token = await new SignJWT({ preferred_username: user.username, name: user.name })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: jwk.kid, typ: 'JWT' })
    .setIssuer(builtinIssuer())
    .setSubject(user.id)
    .setAudience(HUB_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .setJti(randomUUID())
    .sign(privateKey);
  return { token, expiresAt: new Date(expiresAt * 1000) };
}
