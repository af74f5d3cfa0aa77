import type { RequestHandler } from 'express';
import { HubUser, PUBLIC_USER } from '@hub/runtime';
import { AuthConfig } from '../auth/authConfig';
import { GatewayHttpError, sendHttpError } from '../auth/httpError';
import { createIdentityResolver } from '../auth/identityResolver';
import { createTokenVerifier, invalidToken } from '../auth/verifyToken';

/** `res.locals.user` after this step. */
export const userOf = (locals: Record<string, unknown>): HubUser => (locals.user as HubUser | undefined) ?? PUBLIC_USER;

/**
 * Who is asking: no `Authorization` header is the public (the service portal); a bearer JWT must verify
 * against the configured issuer (else 401 with the reason) and name a registered, active person (else 403).
 * The verified user is left in `res.locals.user`; nothing the client sends can set it otherwise.
 */
export function useAuthentication(config: AuthConfig): RequestHandler {
  const verify = createTokenVerifier(config);
  const resolve = createIdentityResolver({ identityUrl: config.identityUrl, ttlMs: config.identityCacheMs, maxEntries: config.identityCacheSize });

  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined) {
      res.locals.user = PUBLIC_USER;
      return next();
    }
    try {
      const match = /^Bearer[ ]+([A-Za-z0-9\-_.~+/]+=*)\s*$/i.exec(header);
      if (!match) throw invalidToken('MALFORMED');
      res.locals.user = await resolve(await verify(match[1]));
    } catch (error) {
      if (error instanceof GatewayHttpError) return sendHttpError(res, error);
      return next(error);
    }
    next();
  };
}
