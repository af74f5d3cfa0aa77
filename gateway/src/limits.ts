import { DEFAULT_QUERY_LIMITS, QueryLimits } from './plugins/queryLimits';
import { ArmorLimits, DEFAULT_ARMOR_LIMITS } from './plugins/useArmor';
import { DEFAULT_MAX_BODY_BYTES } from './plugins/useBodyLimit';
import { DEFAULT_RATE_LIMITS, RateLimits, rateLimitsFromEnv } from './plugins/useRateLimit';

/** Every limit the gateway enforces before a subgraph is asked. */
export interface GatewayLimits extends QueryLimits, ArmorLimits {
  /** Request body bytes (default 1 MB). */
  maxBodyBytes: number;
  /** Per-identity token buckets (default `HUB_RATE_LIMIT`, else 50/s burst 100 signed in, 20/s burst 40 anonymous); false = off. */
  rateLimit: RateLimits | false;
}

export function resolveLimits(limits: Partial<GatewayLimits> = {}): GatewayLimits {
  return {
    ...DEFAULT_QUERY_LIMITS,
    ...DEFAULT_ARMOR_LIMITS,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    ...limits,
    rateLimit: limits.rateLimit ?? rateLimitsFromEnv() ?? DEFAULT_RATE_LIMITS,
  };
}
