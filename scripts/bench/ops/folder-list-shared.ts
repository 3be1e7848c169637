import { myRightsDirect, setAclDirect } from '../../harness/direct-acl';
import { closeDirect, connectDirect } from '../../harness/direct-imap';
import { ensureUser } from '../../imap/users';
import { AppClient } from '../app-client';
import { PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { interleave, type OpResult, toResult } from '../measure';

const READER = 'bench-shared-reader';

/**
 * Issue 16's row: the folder list of a user whom 20 owners shared 10 folders each (200 in
 * "Shared with me"; 2 × 5 in a smoke run). App: GET /api/mailboxes, which adds MYRIGHTS per
 * shared folder (cached per session, so warm runs ask nothing). Floor: the same LIST-STATUS and
 * one MYRIGHTS per shared folder, as a client without a cache has to.
 */
export async function folderListShared(ctx: BenchContext, smoke: boolean): Promise<OpResult> {
  const [owners, each] = smoke ? [2, 5] : [20, 10];
  const op = { key: 'folder-list-shared', name: `Folder list with ${owners * each} shared folders from ${owners} owners` };
  await shareFolders(owners, each);
  const app = new AppClient();
  await app.signIn(READER, PASSWORD);
  const floor = await connectDirect({ user: READER, password: PASSWORD });
  try {
    const samples = await interleave(
      {
        ...op,
        app: async () => {
          await app.json('GET', '/api/mailboxes');
        },
        floor: async () => {
          const entries = await floor.list({ statusQuery: { messages: true, unseen: true } });
          for (const entry of entries)
            if (entry.path.startsWith('shared/') && !entry.flags.has('\\Noselect')) await myRightsDirect(floor, entry.path);
        },
      },
      ctx.reps,
      ctx.warmup,
    );
    return toResult(op, samples);
  } finally {
    await closeDirect(floor);
    await app.signOut().catch(() => {});
  }
}

/** Idempotent: owners bench-owner-NN each share Shared-NN with the reader (Read). */
async function shareFolders(owners: number, each: number): Promise<void> {
  ensureUser(READER, PASSWORD);
  for (let o = 0; o < owners; o++) {
    const owner = `bench-owner-${String(o).padStart(2, '0')}`;
    ensureUser(owner, PASSWORD);
    const imap = await connectDirect({ user: owner, password: PASSWORD });
    try {
      const existing = new Set((await imap.list()).map((entry) => entry.path));
      for (let f = 0; f < each; f++) {
        const path = `Shared-${String(f).padStart(2, '0')}`;
        if (!existing.has(path)) await imap.mailboxCreate(path);
        await setAclDirect(imap, path, READER, 'lrs');
      }
    } finally {
      await closeDirect(imap);
    }
  }
}
