import 'server-only';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from '@/lib/config/env';

/** What the staging store works with; tests pass their own directory, limits and clock. */
export interface AttachmentConfig {
  /** The store's root: one 0700 folder per account below it. */
  dir: string;
  /** The largest single attachment. */
  maxBytes: number;
  /** What one account may have staged at once, unfinished uploads included. */
  accountMaxBytes: number;
  /** How long an upload is kept after its last write. */
  ttlMs: number;
  /** The largest chunk of a chunked upload. */
  chunkBytes: number;
  now: () => number;
}

/** Room for a message's worth of the largest attachments at once, so one account cannot fill the disk. */
const ACCOUNT_FILES = 4;
/** Under Vercel's 4.5 MB request body cap, with room for headers. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** The store's settings from the environment: the one place they are read. */
export function attachmentConfig(): AttachmentConfig {
  const config = env();
  return {
    dir: config.ATTACHMENT_DIR ?? join(tmpdir(), 'letterbox-attachments'),
    maxBytes: config.ATTACHMENT_MAX_BYTES,
    accountMaxBytes: ACCOUNT_FILES * config.ATTACHMENT_MAX_BYTES,
    ttlMs: config.ATTACHMENT_TTL_MS,
    chunkBytes: CHUNK_BYTES,
    now: Date.now,
  };
}
