import { randomBytes } from 'node:crypto';
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendChunk } from '@/lib/attachments/append-chunk';
import type { AttachmentConfig } from '@/lib/attachments/attachment-config';
import { createUpload } from '@/lib/attachments/create-upload';
import { openStaged } from '@/lib/attachments/open-staged';
import { deleteStaged, releaseStaged } from '@/lib/attachments/release-staged';
import { stageMultipart } from '@/lib/attachments/stage-multipart';
import { stagingState } from '@/lib/attachments/staging-state';
import { startSweeper, sweepAll } from '@/lib/attachments/sweep-expired';
import type { Account } from '@/lib/session/account';
import {
  alice,
  aliceElsewhere,
  countingStream,
  FORM_TYPE,
  filesUnder,
  formBody,
  mallory,
  removeTempStores,
  tempStore,
  upload,
} from './support';

afterEach(removeTempStores);

async function stage(config: AttachmentConfig, account: Account = alice) {
  const body = formBody([{ name: 'file', filename: 'a.txt', contentType: 'text/plain', data: [randomBytes(100)] }]);
  const request = upload(countingStream(body).stream, { 'content-type': FORM_TYPE });
  return stageMultipart(account, request.body, request.headers, config);
}

const later = (config: AttachmentConfig, ms: number): AttachmentConfig => ({ ...config, now: () => Date.now() + ms });

describe('ownership', () => {
  it('lets another account neither open, continue nor delete an upload: NOT_FOUND, and the files stay', async () => {
    const config = await tempStore();
    const staged = await stage(config);
    const unfinished = await createUpload(alice, { filename: 'b.bin', size: 10 }, config);
    const elsewhere = { ...alice, sessionId: 'x', host: 'imap.other.test' };

    for (const other of [mallory, elsewhere, { ...alice, port: 143 }]) {
      await expect(openStaged(other, staged.id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(deleteStaged(other, staged.id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(deleteStaged(other, unfinished.id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const chunk = upload(countingStream([randomBytes(10)]).stream, { 'content-range': 'bytes 0-9/10' }, 'PUT');
      await expect(appendChunk(other, unfinished.id, chunk.body, chunk.headers, config)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await releaseStaged(other, [staged.id], config);
    }

    expect(await filesUnder(config.dir)).toHaveLength(4);
    await expect(openStaged(aliceElsewhere, staged.id, config)).resolves.toMatchObject({ id: staged.id });
  });

  it('deletes its own upload, finished or not; a second delete is NOT_FOUND', async () => {
    const config = await tempStore();
    const staged = await stage(config);
    const unfinished = await createUpload(alice, { filename: 'b.bin', size: 10 }, config);

    await deleteStaged(aliceElsewhere, staged.id, config);
    await deleteStaged(alice, unfinished.id, config);

    expect(await filesUnder(config.dir)).toEqual([]);
    await expect(openStaged(alice, staged.id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteStaged(alice, staged.id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('releases the uploads a send used, and only those', async () => {
    const config = await tempStore();
    const [sent, kept] = [await stage(config), await stage(config)];

    await releaseStaged(alice, [sent.id, 'not an id', '../../etc'], config);

    await expect(openStaged(alice, sent.id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openStaged(alice, kept.id, config)).resolves.toMatchObject({ id: kept.id });
  });

  it.each(['', 'short', '../../../../etc/passwd', 'A'.repeat(25)])('answers a malformed id (%j) with NOT_FOUND', async (id) => {
    const config = await tempStore();
    await expect(openStaged(alice, id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteStaged(alice, id, config)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('expiry', () => {
  it('hides an upload past its TTL at once, and the sweep removes its files', async () => {
    const config = await tempStore({ ttlMs: 60_000 });
    const old = await stage(config);
    await createUpload(alice, { filename: 'b.bin', size: 10 }, config);
    await stage(config, mallory);

    await expect(openStaged(alice, old.id, later(config, 59_000))).resolves.toMatchObject({ id: old.id });
    await expect(openStaged(alice, old.id, later(config, 61_000))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await sweepAll(later(config, 59_000))).toBe(0);
    expect(await sweepAll(later(config, 61_000))).toBe(3);
    expect(await filesUnder(config.dir)).toEqual([]);
  });

  it('sweeps the account’s expired uploads before a new one, so they no longer count against its total', async () => {
    const config = await tempStore({ ttlMs: 60_000, maxBytes: 100, accountMaxBytes: 100 });
    const old = await stage(config);
    await expect(stage(config)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });

    const fresh = await stage(later(config, 61_000));

    expect((await filesUnder(config.dir)).map((path) => path.split('/')[1]?.split('.')[0])).toEqual([fresh.id, fresh.id]);
    expect(old.id).not.toBe(fresh.id);
  });

  it('keeps one unref’d timer per store on globalThis', async () => {
    const config = await tempStore();
    await stage(config);
    await stage(config);

    const timer = stagingState().sweepers.get(config.dir);
    expect(stagingState().sweepers.size).toBe(1);
    expect(timer?.hasRef()).toBe(false);
    startSweeper(config);
    expect(stagingState().sweepers.get(config.dir)).toBe(timer);
  });
});

describe('the store’s folder', () => {
  it('refuses a root that is a symlink (planted at the predictable default)', async () => {
    const config = await tempStore();
    const elsewhere = join(dirname(config.dir), 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, config.dir);

    await expect(stage(config)).rejects.toThrow('not a folder of this user');
    expect(await filesUnder(elsewhere)).toEqual([]);
  });
});
