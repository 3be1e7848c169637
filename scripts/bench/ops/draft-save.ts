import { randomBytes } from 'node:crypto';
import { MAIL_DOMAIN } from '../../smtp/paths';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import { interleave, type OpResult, toResult } from '../measure';

const KEY = 'draft-save';
const NAME = 'Autosave a draft, replacing the last version (API vs direct APPEND + UID EXPUNGE)';
/** About a screen of formatted writing: what an autosave carries. */
const HTML = `<p>${'Some words of a message being written, <b>with</b> a little <i>formatting</i>. '.repeat(40)}</p>`;

/**
 * Issue 14's autosave: PUT /api/drafts with the id of the version saved before, which the app
 * builds (MailComposer), APPENDs to Drafts with \Draft and then removes the old version. The
 * floor does what any client must to keep one current draft: APPEND the same size to Drafts
 * and UID EXPUNGE the previous copy, on its own connection with Drafts selected. Every copy
 * left is expunged afterwards, untimed.
 */
export async function draftSave(ctx: BenchContext): Promise<OpResult> {
  const subject = `Bench draft ${randomBytes(4).toString('hex')}`;
  const raw = Buffer.from(
    `From: ${ctx.user}@${MAIL_DOMAIN}\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${HTML}\r\n`,
  );
  const floor = await connectFloor(ctx.user);
  await floor.mailboxOpen('Drafts');
  let draftId: string | undefined;
  let floorUid: number | undefined;
  const op = {
    key: KEY,
    name: NAME,
    app: async () => {
      const saved = await ctx.app.json('PUT', '/api/drafts', { draftId, to: [], subject, html: HTML });
      draftId = (saved as { draftId: string }).draftId;
    },
    floor: async () => {
      const appended = await floor.append('Drafts', raw, ['\\Draft', '\\Seen']);
      if (floorUid !== undefined) await floor.messageDelete(String(floorUid), { uid: true });
      floorUid = appended && typeof appended === 'object' ? appended.uid : undefined;
    },
  };
  try {
    await interleave(op, 0, ctx.warmup);
    const samples = await interleave(op, ctx.reps, 0);
    const left = await floor.search({ subject }, { uid: true });
    if (left && left.length > 0) await floor.messageDelete(left.join(','), { uid: true });
    return toResult(op, samples);
  } finally {
    await closeFloor(floor);
  }
}
