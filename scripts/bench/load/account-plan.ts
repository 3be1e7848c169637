import { mailboxId, messageId } from '../../../lib/ids';
import type { MessagesResponse } from '../../../lib/schemas/message-list';
import { FOLDERS } from '../../seed/folders';
import { AppClient } from '../app-client';
import { type BenchUser, PASSWORD } from '../config';
import { closeFloor, connectFloor } from '../floor/connect';

/** What a simulated user of one account addresses: found once per account, before any timing. */
export interface AccountPlan {
  user: string;
  inboxId: string;
  /** Every INBOX message's id, so opens can be spread over the whole mailbox. */
  messageIds: string[];
  /** The app's cursors at every 200th row of INBOX's date order: where a deep page may start. */
  deepCursors: string[];
  /** The seeded folders other than INBOX (none when the account has only an INBOX). */
  folderIds: string[];
}

export const LIST_QUERY = 'limit=50&sort=date&order=desc';
const WALK_LIMIT = 200;

/** Ids by a direct UID SEARCH ALL on a read-only SELECT (EXAMINE, RFC 3501 §6.3.2): no flag changes. */
async function inboxMessageIds(user: string): Promise<string[]> {
  const floor = await connectFloor(user);
  try {
    const mailbox = await floor.mailboxOpen('INBOX', { readOnly: true });
    const uidValidity = Number(mailbox.uidValidity);
    const uids = (await floor.search({ all: true }, { uid: true })) || [];
    return uids.map((uid) => messageId({ path: 'INBOX', uidValidity, uid }));
  } finally {
    await closeFloor(floor);
  }
}

/**
 * The cursor is opaque (lib/imap/list/list-cursor.ts, server-only): rather than forge one, the
 * harness pages through the whole list through the API, 200 rows a request, keeping each
 * nextCursor. It also leaves the list's envelopes in Dovecot's cache, as a mailbox in daily use has.
 */
async function deepCursors(user: string, inboxId: string): Promise<string[]> {
  const app = new AppClient();
  await app.signIn(user, PASSWORD);
  try {
    const cursors: string[] = [];
    for (let cursor: string | null = null; ; ) {
      const query = new URLSearchParams({
        limit: String(WALK_LIMIT),
        sort: 'date',
        order: 'desc',
        ...(cursor ? { cursor } : {}),
      });
      const page: MessagesResponse = await app.json('GET', `/api/mailboxes/${inboxId}/messages?${query}`);
      cursor = page.nextCursor;
      if (!cursor) return cursors;
      cursors.push(cursor);
    }
  } finally {
    await app.signOut();
  }
}

/** Every account's plan, the accounts side by side. */
export function planAccounts(accounts: BenchUser[]): Promise<AccountPlan[]> {
  const inboxId = mailboxId('INBOX');
  return Promise.all(
    accounts.map(async ({ user, folders }) => ({
      user,
      inboxId,
      messageIds: await inboxMessageIds(user),
      deepCursors: await deepCursors(user, inboxId),
      folderIds: folders ? FOLDERS.filter((f) => f.path !== 'INBOX').map((f) => mailboxId(f.path)) : [],
    })),
  );
}
