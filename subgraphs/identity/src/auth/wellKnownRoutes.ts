import type { Express, Request } from 'express';
import { builtinIssuer, TOKEN_ALGORITHM } from './issuer';
import { signingKey } from './signingKey';

const JWKS_PATH = '/.well-known/jwks.json';

/** Where this process is reached, as the caller addressed it (behind a proxy: X-Forwarded-Proto when trusted). */
const baseUrl = (req: Request) => `${req.protocol}://${req.get('host')}`;

/**
 * What a relying party (the gateway) needs to verify the built-in provider's tokens, the same way it would
 * verify a provincial identity platform's: the public key set and the discovery document. No user context.
 */
export function wellKnownRoutes(app: Express): void {
  app.get(JWKS_PATH, async (_req, res, next) => {
    try {
      const { jwk } = await signingKey();
      res.set('cache-control', 'public, max-age=300').json({ keys: [jwk] });
    } catch (error) {
      next(error);
    }
  });
  app.get('/.well-known/openid-configuration', (req, res) => {
    res.set('cache-control', 'public, max-age=300').json({
      issuer: builtinIssuer(),
      jwks_uri: `${baseUrl(req)}${JWKS_PATH}`,
      id_token_signing_alg_values_supported: [TOKEN_ALGORITHM],
      subject_types_supported: ['public'],
      response_types_supported: ['id_token'],
      claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti', 'preferred_username', 'name'],
    });
  });
}
