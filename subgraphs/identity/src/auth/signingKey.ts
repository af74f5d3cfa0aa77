import { calculateJwkThumbprint, exportJWK, JWK, KeyLike } from 'jose';
import { loadKeyPair } from '@hub/runtime';
import { TOKEN_ALGORITHM } from './issuer';

export interface SigningKey {
  privateKey?: KeyLike;
  /** The public key as published in the JWKS, with its `kid`. */
  jwk: JWK & { kid: string };
}

let key: Promise<SigningKey> | undefined;

/**
 * The identity provider's ES256 key: HUB_IDP_PRIVATE_KEY / HUB_IDP_PUBLIC_KEY (PEM) in production, else a pair
 * made once under HUB_KEY_DIR. The `kid` is the RFC 7638 thumbprint, so it changes exactly when the key does.
 */
export function signingKey(): Promise<SigningKey> {
  return (key ??= (async () => {
    const pair = await loadKeyPair({ name: 'idp-es256', alg: TOKEN_ALGORITHM, privateEnv: 'HUB_IDP_PRIVATE_KEY', publicEnv: 'HUB_IDP_PUBLIC_KEY' });
    const publicJwk = await exportJWK(pair.publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    return { privateKey: pair.privateKey, jwk: { ...publicJwk, kid, alg: TOKEN_ALGORITHM, use: 'sig' } };
  })());
}
