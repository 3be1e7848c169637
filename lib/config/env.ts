import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The only reader of process.env. Parsed lazily on first use so `next build` (which
 * evaluates route modules) needs no runtime secrets; a bad value fails the first request
 * with a clear message in the log instead of a half-configured server.
 */
const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_MAX_AGE_S: z.coerce
    .number()
    .int()
    .positive()
    .default(60 * 60 * 24 * 7),
  SESSION_IDLE_S: z.coerce
    .number()
    .int()
    .positive()
    .default(60 * 60 * 24),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(50),
  SIGN_IN_WINDOW_S: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  IMAP_HOST: z.string().min(1).default('127.0.0.1'),
  IMAP_PORT: z.coerce.number().int().min(1).max(65535).default(1143),
  IMAP_TLS: z.enum(['true', 'false', 'starttls']).default('false'),
  IMAP_ALLOWED_HOSTS: csv,
  IMAP_TLS_REJECT_UNAUTHORIZED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  IMAP_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  IMAP_POOL_PER_SESSION: z.coerce.number().int().min(1).max(20).default(3),
  IMAP_POOL_MAX_TOTAL: z.coerce.number().int().min(1).default(1_000),
  IMAP_POOL_IDLE_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 60_000),
  IMAP_POOL_WAIT_MS: z.coerce.number().int().positive().default(15_000),
  /** Live streams (GET /api/events) one session may hold open at once: one per tab. */
  LIVE_MAX_STREAMS_PER_SESSION: z.coerce.number().int().min(1).max(100).default(8),
  /** Watcher connections (one per account and watched folder) this instance holds at most. */
  LIVE_MAX_WATCHERS: z.coerce.number().int().min(1).default(500),
  /** How often other folders' counts are read (LIST-STATUS) while a stream is open. */
  LIVE_STATUS_INTERVAL_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** Without IDLE, how often the watcher asks the server with NOOP. */
  LIVE_POLL_MS: z.coerce.number().int().min(500).default(5_000),
  /** How long a watcher outlives its last stream, so a reload or a reconnect finds it still open. */
  LIVE_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * This instance's base URL as the mail server reaches it (http://10.0.0.5:3000): set, Letterbox
   * asks a Dovecot running scripts/imap/letterbox-push.lua to tell it of each change as it
   * commits, ahead of IDLE's 500 ms (README, "Push hints"). Unset: IDLE alone.
   */
  LIVE_PUSH_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: /^https?$/ }).optional()),
  /** How long "bob is viewing" holds in a shared folder unless his browser renews it (it does at 40% of this). */
  PRESENCE_TTL_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /** How long one folder's search may run before its connection is closed and SEARCH_TIMEOUT answered. */
  SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  /** Folders searched at once in an all-folders search (never more than IMAP_POOL_PER_SESSION). */
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(3),
  /** The one SMTP server mail is submitted to (RFC 6409); never chosen by a user. */
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1587),
  /** true: TLS from the first byte (port 465); starttls: upgrade, required; false: cleartext (loopback only). */
  SMTP_TLS: z.enum(['true', 'false', 'starttls']).default('false'),
  SMTP_TLS_REJECT_UNAUTHORIZED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** The domain of the From address when the login name has none: `user@IDENTITY_DOMAIN`. */
  IDENTITY_DOMAIN: z.string().min(1).default('letterbox.test'),
  /** The largest attachment a user may upload, in bytes. */
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  /** How long an uploaded attachment no draft or send has claimed is kept. */
  ATTACHMENT_TTL_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 60 * 60_000),
  /** Where uploads are staged; defaults to a directory under the OS's temp dir. */
  ATTACHMENT_DIR: z.string().min(1).optional(),
  /** How long a send waits in Drafts, so Undo can take it back (0: sends go at once). */
  SEND_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
  /** Sends one session may make per window (SEND_WINDOW_S). */
  SEND_MAX_PER_WINDOW: z.coerce.number().int().positive().default(30),
  SEND_WINDOW_S: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 60),
});

/** Every variable the app reads; the README's table and .env.example list each (tests/unit/config/env-docs.test.ts). */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape);

export type Env = z.infer<typeof EnvSchema> & { SESSION_SECRET: string; IMAP_ALLOWED_HOSTS: string[] };

const state = globalThis as typeof globalThis & { __letterboxEnv?: Env };

export function env(): Env {
  state.__letterboxEnv ??= loadEnv();
  return state.__letterboxEnv;
}

function loadEnv(): Env {
  return parseEnv(process.env);
}

/** Validates a set of variables; exported so the rules are unit-tested without touching process.env. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  if (!values.SESSION_SECRET && values.NODE_ENV === 'production') {
    throw new Error('Invalid configuration: SESSION_SECRET (at least 32 characters) is required in production');
  }
  return {
    ...values,
    // Development only: a per-process secret, so sessions end when the dev server restarts.
    SESSION_SECRET: values.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    // The default server is always allowed; the list only adds hosts a user may pick.
    IMAP_ALLOWED_HOSTS: [...new Set([values.IMAP_HOST.toLowerCase(), ...values.IMAP_ALLOWED_HOSTS])],
  };
}
