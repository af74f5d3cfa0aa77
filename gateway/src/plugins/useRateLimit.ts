import type { RequestHandler } from 'express';
import { GatewayHttpError, sendHttpError } from '../auth/httpError';
import { userOf } from './useAuthentication';

export interface Bucket {
  /** Sustained requests per second. */
  perSecond: number;
  /** Requests that may arrive at once after a quiet spell. */
  burst: number;
}

export interface RateLimits {
  /** Signed-in people, one bucket per user id. */
  user: Bucket;
  /** The public, one bucket per client IP. */
  anonymous: Bucket;
  /** Buckets kept at most (the least recently created go first); default 100,000. */
  maxBuckets?: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { user: { perSecond: 50, burst: 100 }, anonymous: { perSecond: 20, burst: 40 } };

/**
 * `HUB_RATE_LIMIT`: `off`, or `<user per second>:<user burst>,<anonymous per second>:<anonymous burst>`,
 * e.g. `50:100,20:40` (the default).
 */
export function rateLimitsFromEnv(value = process.env.HUB_RATE_LIMIT): RateLimits | false | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (value.trim().toLowerCase() === 'off') return false;
  const pairs = value.split(',').map((part) => part.trim().split(':').map(Number));
  const valid = pairs.length === 2 && pairs.every((p) => p.length === 2 && p.every((n) => Number.isFinite(n) && n > 0));
  if (!valid) throw new Error(`HUB_RATE_LIMIT 格式应为 "off" 或 "每秒:突发,每秒:突发"（登录用户,匿名），例如 50:100,20:40；收到 "${value}"`);
  return { user: { perSecond: pairs[0][0], burst: pairs[0][1] }, anonymous: { perSecond: pairs[1][0], burst: pairs[1][1] } };
}

interface State {
  tokens: number;
  at: number;
}

/** Token buckets keyed by identity, bounded in number and swept of idle (hence full) buckets. */
export class TokenBuckets {
  private readonly buckets = new Map<string, State>();
  private readonly sweeper: NodeJS.Timeout;

  /** `idleMs`: how long an untouched bucket takes to refill completely (then it can be forgotten). */
  constructor(private readonly maxBuckets = 100_000, private readonly idleMs = 60_000) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(Math.max(idleMs, 1000), 60_000));
    this.sweeper.unref();
  }

  /** Takes one token; returns 0 when allowed, else the seconds until one will be there. */
  take(key: string, { perSecond, burst }: Bucket, now = performance.now()): number {
    let state = this.buckets.get(key);
    if (!state) {
      state = { tokens: burst, at: now };
      this.buckets.set(key, state);
      if (this.buckets.size > this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
    }
    state.tokens = Math.min(burst, state.tokens + ((now - state.at) / 1000) * perSecond);
    state.at = now;
    if (state.tokens >= 1) {
      state.tokens -= 1;
      return 0;
    }
    return (1 - state.tokens) / perSecond;
  }

  get size(): number {
    return this.buckets.size;
  }

  /** A bucket untouched long enough to have refilled is the same as no bucket: forget it. */
  sweep(now = performance.now()): void {
    for (const [key, state] of this.buckets) if (now - state.at > this.idleMs) this.buckets.delete(key);
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}

export const bucketsFor = (limits: RateLimits) =>
  new TokenBuckets(limits.maxBuckets, Math.ceil(Math.max(...[limits.user, limits.anonymous].map((b) => b.burst / b.perSecond)) * 1000));

/**
 * Per-identity rate limit (after authentication): one person or one address flooding the gateway gets
 * `429 RATE_LIMITED` with `Retry-After`, while everyone else keeps being served.
 */
export function useRateLimit(limits: RateLimits, buckets = bucketsFor(limits)): RequestHandler {
  return (req, res, next) => {
    const user = userOf(res.locals);
    const anonymous = user.role === 'public';
    const key = anonymous ? `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}` : `user:${user.id}`;
    const wait = buckets.take(key, anonymous ? limits.anonymous : limits.user);
    if (wait === 0) return next();
    const seconds = Math.max(1, Math.ceil(wait));
    sendHttpError(res, new GatewayHttpError(429, 'RATE_LIMITED', `请求过于频繁，请 ${seconds} 秒后重试`, { retryAfter: seconds }, { 'retry-after': String(seconds) }));
  };
}
