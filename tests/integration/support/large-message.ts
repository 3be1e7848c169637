import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageFile } from '@/lib/imap/commands/append-stream';

export interface LargeMessage extends MessageFile {
  path: string;
  sha256: string;
  /** A token found only in this message, repeated in a run of lines halfway through it. */
  marker: string;
  remove: () => void;
}

const BASE64_LINE = 76;

/**
 * A MIME message of about `megabytes` MB in a temp file: a text part naming `marker`, two base64
 * parts of random bytes, and between them a run of 200 lines carrying the marker, so that a
 * proxy watching for it sees it in one read, halfway through the literal (cutting-proxy.ts).
 * Written a line at a time: the test process never holds it whole.
 */
export async function largeMessage(megabytes: number): Promise<LargeMessage> {
  const dir = mkdtempSync(join(tmpdir(), 'letterbox-append-'));
  const path = join(dir, 'message.eml');
  const marker = `MARK-${randomBytes(8).toString('hex')}`;
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  let size = 0;
  const write = async (text: string | Buffer) => {
    hash.update(text);
    size += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const boundary = `b-${marker}`;
  const half = Math.floor((megabytes * 1024 * 1024) / 2);
  const binaryPart = async (name: string) => {
    await write(`--${boundary}\r\nContent-Type: application/octet-stream; name=${name}\r\n`);
    await write('Content-Transfer-Encoding: base64\r\n\r\n');
    for (let written = 0; written < half; written += BASE64_LINE + 2) {
      await write(`${randomBytes((BASE64_LINE / 4) * 3).toString('base64')}\r\n`);
    }
  };
  await write(`From: sender@example.org\r\nTo: reader@example.org\r\nSubject: Large ${marker}\r\n`);
  await write(`Message-ID: <${marker}@example.org>\r\nDate: Mon, 06 Jan 2025 08:00:00 +0000\r\nMIME-Version: 1.0\r\n`);
  await write(`Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n`);
  await write(`--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe distinctive part: ${marker}.\r\n`);
  await binaryPart('first.bin');
  await write(`--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n`);
  for (let line = 0; line < 200; line++) await write(`${marker} line ${line}\r\n`);
  await binaryPart('second.bin');
  await write(`--${boundary}--\r\n`);
  out.end();
  await once(out, 'close');
  return {
    path,
    size,
    sha256: hash.digest('hex'),
    marker,
    stream: () => createReadStream(path),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
