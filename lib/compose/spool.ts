import 'server-only';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { prepareAccountDir } from '@/lib/attachments/account-dir';
import { attachmentConfig } from '@/lib/attachments/attachment-config';
import { newAttachmentId } from '@/lib/attachments/attachment-id';
import type { Account } from '@/lib/session/account';

/** Enough for any header block (a thousand recipients is ~50 KiB); envelopeOf and the links read it. */
const HEAD_BYTES = 1024 * 1024;

/** A message on disk while it is submitted and filed: read as often as needed, never held whole in memory. */
export interface Spool {
  size: number;
  /** A new stream of the bytes from the start. */
  stream(): Readable;
  /** The first MiB, where the header block is. */
  head(): Promise<Buffer>;
  discard(): Promise<void>;
}

/**
 * Writes `source` (a message being built or downloaded, pulled chunk by chunk) to a file of the
 * account's staging folder, 0600 in a 0700 folder (account-dir.ts). Named like an upload, so
 * the staging sweeper removes one a crash left behind once ATTACHMENT_TTL_MS has passed. The
 * caller discards it when done.
 */
export async function spool(account: Account, source: Readable | NodeJS.ReadableStream): Promise<Spool> {
  const dir = await prepareAccountDir(account, attachmentConfig());
  const path = join(dir, `${newAttachmentId()}.spool`);
  const discard = () => rm(path, { force: true });
  try {
    await pipeline(source, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await discard();
    throw error;
  }
  const { size } = await stat(path);
  return {
    size,
    stream: () => createReadStream(path),
    head: () => readHead(path, Math.min(size, HEAD_BYTES)),
    discard,
  };
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
