import type { RequestHandler } from 'express';

export interface SubgraphHealth {
  status: 'ok' | 'down';
  latencyMs: number;
  reason?: string;
}

/** A subgraph serves `/health` next to `/graphql`. */
export function healthUrlOf(routingUrl: string): string {
  const url = new URL(routingUrl);
  url.pathname = /\/graphql\/?$/.test(url.pathname) ? url.pathname.replace(/\/graphql\/?$/, '/health') : '/health';
  url.search = '';
  return url.toString();
}

async function probe(routingUrl: string, timeoutMs: number): Promise<SubgraphHealth> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(healthUrlOf(routingUrl), { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => null)) as { status?: string; reason?: string } | null;
    if (response.ok && body?.status === 'ok') return { status: 'ok', latencyMs: latency() };
    return { status: 'down', latencyMs: latency(), reason: body?.reason ?? `HTTP ${response.status}` };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { status: 'down', latencyMs: latency(), reason: timedOut ? `${timeoutMs} 毫秒内无响应` : '无法连接' };
  }
}

/**
 * `GET /health`: asks every subgraph's `/health` in parallel with a short deadline; 200 when all answer
 * ok, otherwise 503 listing the ones that did not (load balancers only read the status).
 */
export function healthRoute(subgraphs: () => Record<string, string>, timeoutMs = 2000): RequestHandler {
  return async (_req, res) => {
    const entries = Object.entries(subgraphs());
    const results = await Promise.all(entries.map(async ([name, url]) => [name, await probe(url, timeoutMs)] as const));
    const report = Object.fromEntries(results);
    const down = results.filter(([, health]) => health.status !== 'ok').map(([name]) => name);
    res.setHeader('cache-control', 'no-store');
    if (!entries.length) {
      res.status(503).json({ status: 'starting', down: [], subgraphs: {} });
    } else if (down.length) {
      res.status(503).json({ status: 'degraded', down, subgraphs: report });
    } else {
      res.json({ status: 'ok', subgraphs: report });
    }
  };
}
