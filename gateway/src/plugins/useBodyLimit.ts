import express, { RequestHandler } from 'express';
import { GatewayHttpError, sendHttpError } from '../auth/httpError';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export const payloadTooLarge = (maxBytes: number) =>
  new GatewayHttpError(413, 'PAYLOAD_TOO_LARGE', `请求体过大，上限为 ${Math.round(maxBytes / 1024)} KB`, { maxBytes });

/**
 * The request body's size limit, in two steps: a declared `Content-Length` over the limit is refused before
 * a byte of the body is read (and the connection closed, so the rest is never received); a body without one
 * (chunked) is parsed by the JSON parser, which stops at the limit (413 via the error handler).
 */
export function useBodyLimit(maxBytes = DEFAULT_MAX_BODY_BYTES): { declared: RequestHandler; parse: RequestHandler } {
  return {
    declared: (req, res, next) => {
      const length = Number(req.get('content-length'));
      if (!(length > maxBytes)) return next();
      res.setHeader('connection', 'close');
      sendHttpError(res, payloadTooLarge(maxBytes));
    },
    parse: express.json({ limit: maxBytes }),
  };
}
