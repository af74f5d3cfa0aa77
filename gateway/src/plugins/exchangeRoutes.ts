import http from 'node:http';
import https from 'node:https';
import type { RequestHandler } from 'express';

/** Request headers that matter to the exchange routes; nothing else of the client's goes through. */
const FORWARDED = ['content-type', 'content-length', 'x-api-key', 'x-request-id'];

/**
 * One public endpoint for departments: `GET /templates/<type>.xlsx|csv` and `POST /ingest/<type>` (API-key
 * push) are passed through, streamed, to the exchange library, which authenticates and answers them. The
 * body is never buffered here (pushes may be up to 10 MB; the exchange library limits them).
 */
export function exchangeRoutes(exchangeUrl: () => string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!(req.method === 'GET' && req.path.startsWith('/templates/')) && !(req.method === 'POST' && req.path.startsWith('/ingest/'))) return next();
    const base = exchangeUrl();
    if (!base) return next();
    const target = new URL(req.originalUrl, base.replace(/\/graphql$/, '/'));
    const headers: Record<string, string> = {};
    for (const name of FORWARDED) {
      const value = req.get(name);
      if (value) headers[name] = value;
    }
    if (res.locals.requestId) headers['x-request-id'] = res.locals.requestId as string;
    const upstream = (target.protocol === 'https:' ? https : http).request(target, { method: req.method, headers }, (answer) => {
      res.status(answer.statusCode ?? 502);
      for (const name of ['content-type', 'content-disposition', 'content-length']) {
        const value = answer.headers[name];
        if (value) res.setHeader(name, value);
      }
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (res.headersSent) return res.destroy();
      res.status(503).json({ errors: [{ message: '数据交换子系统暂时不可用', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'exchange' } }] });
    });
    req.pipe(upstream);
  };
}
