import type { Response } from 'express';

/**
 * An error answered before GraphQL runs (authentication, limits, trusted documents), in the same shape as a
 * GraphQL error response so that clients read every rejection the same way.
 */
export class GatewayHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GatewayHttpError';
  }
}

export function sendHttpError(res: Response, error: GatewayHttpError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] });
}
