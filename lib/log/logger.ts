import 'server-only';
import pino from 'pino';
import { env } from '@/lib/config/env';

/**
 * Structured JSON logs. Credentials are redacted by path wherever they could appear:
 * request bodies, IMAP auth options, cookies and headers.
 */
export const REDACT_PATHS = [
  'password',
  'pass',
  'secret',
  'cookie',
  'authorization',
  '*.password',
  '*.pass',
  '*.secret',
  '*.cookie',
  '*.authorization',
  'auth.*',
  '*.auth.*',
  '*.*.auth.*',
  'headers.cookie',
  'headers.authorization',
];

const state = globalThis as typeof globalThis & { __letterboxLogger?: pino.Logger };

export function logger(): pino.Logger {
  state.__letterboxLogger ??= pino({
    level: env().LOG_LEVEL,
    base: { app: 'letterbox' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  });
  return state.__letterboxLogger;
}
