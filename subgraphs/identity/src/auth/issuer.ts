/** The built-in identity provider's issuer (`iss`); HUB_IDP_ISSUER renames it (e.g. to a URL in a deployment). */
export const BUILTIN_ISSUER = 'urn:hub:identity';

export const builtinIssuer = (): string => process.env.HUB_IDP_ISSUER || BUILTIN_ISSUER;

/** The audience every hub token is for (the gateway checks it). */
export const HUB_AUDIENCE = 'hub';

export const TOKEN_ALGORITHM = 'ES256' as const;

/** Token lifetime in seconds: 2 hours, or HUB_IDP_TOKEN_TTL. */
export function tokenTtlSeconds(): number {
  const configured = Number(process.env.HUB_IDP_TOKEN_TTL);
  return Number.isInteger(configured) && configured > 0 ? configured : 2 * 60 * 60;
}
