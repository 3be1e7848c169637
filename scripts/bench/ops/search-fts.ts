import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ImapFlow } from 'imapflow';
import { instancePaths } from '../../imap/paths';
import { AppClient } from '../app-client';
import { IMAP_FTS, PASSWORD } from '../config';
import type { BenchContext } from '../context';
import { closeFloor, connectFloor } from '../floor/connect';
import type { OpResult } from '../measure';
import { type SearchTerms, searchFirstPage } from './search';

/**
 * The free-word row again on the fts Dovecot (the same mail behind fts-xapian), app and floor
 * both signed in there. The index is brought up to date first, outside the timings, and how
 * long that took is reported: a folder's first body search would otherwise wait for it.
 */
export async function searchWithIndex(ctx: BenchContext, terms: SearchTerms): Promise<OpResult> {
  // A first index of 100,000 messages takes ~10 minutes, and imapflow closes a connection silent
  // for 5 (its socketTimeout): the floor's, which the rows after this one still use, says NOOP meanwhile.
  const alive = setInterval(() => void ctx.floor.noop().catch(() => undefined), 60_000);
  const indexSeconds = await indexInbox(ctx.user).finally(() => clearInterval(alive));
  const app = new AppClient();
  await app.signIn(ctx.user, PASSWORD, { port: IMAP_FTS.port });
  let floor: ImapFlow | undefined;
  try {
    floor = await connectFloor(ctx.user, IMAP_FTS.port);
    await floor.mailboxOpen('INBOX');
    const result = await searchFirstPage(ctx, 'word', terms, { app, floor, label: 'full-text index' });
    return { ...result, extra: { ...result.extra, indexSeconds: Number(indexSeconds.toFixed(1)) } };
  } finally {
    if (floor) await closeFloor(floor);
    await app.signOut().catch(() => undefined);
  }
}

/** Brings the fts Dovecot's index of the user's INBOX up to date; answers how long that took, in seconds. */
export async function indexInbox(user: string): Promise<number> {
  const started = performance.now();
  // Not execFileSync: a blocked event loop misses the app closing its idle keep-alive sockets,
  // and the next request goes out on a dead one ("other side closed").
  await promisify(execFile)('doveadm', ['-c', instancePaths('fts').config, 'index', '-u', user, 'INBOX']);
  return (performance.now() - started) / 1000;
}

/** A sender and a word of the newest INBOX message's subject: queries that match, on any seed. */
export async function searchTermsOf(floor: ImapFlow, uid: number): Promise<SearchTerms> {
  const message = await floor.fetchOne(String(uid), { envelope: true }, { uid: true });
  const sender = message ? message.envelope?.from?.[0]?.address : undefined;
  const word = (message ? (message.envelope?.subject ?? '') : '').split(/\s+/).find((part) => /^[A-Za-z]{4,}$/.test(part));
  if (!sender) throw new Error(`INBOX UID ${uid} has no sender to search for`);
  return { sender, word: word ?? 'message' };
}
