import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCopy } from '@/lib/compose/save-copy';
import { closeSession } from '@/lib/imap/connection/pool';
import { withDirectImap } from './support/direct-imap';
import { type LargeMessage, largeMessage } from './support/large-message';
import { accountFor, freshUser } from './support/users';

/**
 * The Sent copy of a large message, streamed from its spool file (append-stream.ts), in this
 * process against the full Dovecot. Its own file, so its own worker process: no other test's
 * buffers are in the numbers.
 */

setFlagsFromString('--expose-gc');
// V8 frees ArrayBuffers on a thread of its own after a collection: without this, a sample
// taken right after gc() still counts the chunks it found dead.
setFlagsFromString('--no-concurrent-array-buffer-sweeping');
const collectGarbage = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;
/**
 * What may stay reachable while the APPEND runs: a few 64 KiB chunks of the file (the read
 * stream's buffer, the one waiting for the socket's 'drain', the socket's own queue) and
 * imapflow's parser; measured ~0.2 MB. Reading the file whole costs all 64 MB.
 */
const LIVE_BOUND = 4 * MB;

let message: LargeMessage;

beforeAll(async () => {
  message = await largeMessage(64);
});

afterAll(() => message?.remove());

describe('a 64 MB message filed in Sent from its file', () => {
  it('holds a bounded part of it in memory, and files it byte for byte', async () => {
    const owner = freshUser('append-memory');
    const account = accountFor(owner, { session: 'append-memory' });
    // LOGIN, LIST and imapflow's code paths first, so the measure holds only the large APPEND.
    const note = Buffer.from('From: a@example.org\r\nSubject: warm-up\r\n\r\nHi.\r\n');
    await saveCopy(account, '\\Sent', { size: note.length, stream: () => Readable.from([note]) }, ['\\Seen']);

    // Reachable memory, not the garbage V8 has yet to collect: without a collection the peak
    // is ~32 MB for 64 MB and for 160 MB alike (V8's external-memory threshold), with one it
    // is what the APPEND actually holds. Sampled every 50 ms through the whole APPEND.
    collectGarbage();
    const before = process.memoryUsage();
    const peak = { arrayBuffers: before.arrayBuffers, rss: before.rss };
    const sampler = setInterval(() => {
      collectGarbage();
      const now = process.memoryUsage();
      peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
      peak.rss = Math.max(peak.rss, now.rss);
    }, 50);
    const saved = await saveCopy(account, '\\Sent', message, ['\\Seen']).finally(() => clearInterval(sampler));

    const held = peak.arrayBuffers - before.arrayBuffers;
    expect(message.size).toBeGreaterThan(64 * MB);
    expect(held, `${(held / MB).toFixed(1)} MB of buffers held`).toBeLessThan(LIVE_BOUND);
    expect(peak.rss - before.rss, 'rss growth').toBeLessThan(message.size / 4);

    await closeSession(account);
    const stored = await withDirectImap(owner, async (imap) => {
      await imap.mailboxOpen('Sent', { readOnly: true });
      const found = await imap.fetchOne(String(saved.uid), { flags: true }, { uid: true });
      const { content } = await imap.download(String(saved.uid), undefined, { uid: true });
      const hash = createHash('sha256');
      for await (const chunk of content ?? []) hash.update(chunk as Buffer);
      return { seen: found ? found.flags?.has('\\Seen') : false, sha256: hash.digest('hex') };
    });
    expect(stored).toEqual({ seen: true, sha256: message.sha256 });
  });
});
