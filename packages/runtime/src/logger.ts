import pino from 'pino';

/** Structured JSON logs; `LOG_LEVEL` sets the level (silent in tests unless asked). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info'),
  base: { service: process.env.HUB_SERVICE ?? 'hub' },
  redact: ['req.headers.authorization', 'headers.authorization'],
});

export type Logger = typeof logger;
