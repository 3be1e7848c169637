import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { mailboxPathFromId } from '@/lib/ids';
import type { FlagsResponse, ParsedFlagsRequest } from '@/lib/schemas/flags';
import type { Account } from '@/lib/session/account';
import { uidSet } from './commands/uid-set';
import { expectDone } from './connection/errors';
import { withImap } from './connection/pool';
import { withMailbox } from './connection/with-mailbox';

/** Enough for any screen of rows; a larger selection gets the UID set back without each message's flags. */
const FLAGS_ANSWER_LIMIT = 1000;

// A dropped connection also answers false: lease.write() turns that into a connection loss first.
const REFUSED = 'The mail server refused to change the flags.';

/**
 * Adds and removes flags on a set of UIDs in one mailbox (`UID STORE +FLAGS` / `-FLAGS`,
 * RFC 3501 §6.4.6), then reads back what the messages carry. The flags arrive validated
 * (lib/schemas/flags.ts) and imapflow sends each as an atom: no command text is built here.
 */
export function setFlags(account: Account, request: ParsedFlagsRequest): Promise<FlagsResponse> {
  const path = mailboxPathFromId(request.mailboxId);
  if (path === null) throw new AppError('NOT_FOUND', 'This folder does not exist.');
  const set = typeof request.uids === 'string' ? request.uids : uidSet(request.uids);
  return withImap(
    account,
    (lease) =>
      withMailbox(lease.client, path, async (mailbox) => {
        const { client } = lease;
        if (request.uidValidity !== undefined && Number(mailbox.uidValidity) !== request.uidValidity) {
          throw new AppError('NOT_FOUND', 'This folder was recreated on the server; reload it.');
        }
        assertKeywordsAllowed(mailbox, request.add ?? []);
        // imapflow answers false, not an exception, when the server says NO to a STORE.
        const { add = [], remove = [] } = request;
        if (add.length) expectDone(await lease.write(() => client.messageFlagsAdd(set, add, { uid: true })), 'INTERNAL', REFUSED);
        if (remove.length) {
          expectDone(await lease.write(() => client.messageFlagsRemove(set, remove, { uid: true })), 'INTERNAL', REFUSED);
        }
        return readBack(client, set);
      }),
    { mailbox: path, retry: 'never' },
  );
}

/**
 * RFC 3501 §7.1 PERMANENTFLAGS: without `\*` the mailbox keeps only the keywords it lists.
 * imapflow would silently drop the others; say so instead.
 */
function assertKeywordsAllowed(mailbox: MailboxObject, add: readonly string[]): void {
  const permanent = mailbox.permanentFlags;
  if (!permanent || permanent.has('\\*')) return;
  const refusedFlags = add.filter((flag) => !permanent.has(flag));
  if (refusedFlags.length === 0) return;
  throw new AppError('UNSUPPORTED', `This folder cannot keep ${refusedFlags.join(', ')} on the mail server.`);
}

/**
 * One FETCH after the STOREs: Dovecot's untagged FETCH answers to a STORE cover only the
 * messages it changed (measured: `+FLAGS \Seen` on 1:3 with 1 seen already answered for 2 and 3),
 * and the client needs the flags of every message it asked about, whoever set them.
 */
async function readBack(client: ImapFlow, set: string): Promise<FlagsResponse> {
  const messages = await client.fetchAll(set, { uid: true, flags: true }, { uid: true });
  const uids = messages.map((message) => message.uid);
  let modseq: bigint | undefined;
  for (const message of messages)
    if (message.modseq !== undefined && (modseq === undefined || message.modseq > modseq)) modseq = message.modseq;
  return {
    updated: uidSet(uids),
    ...(messages.length <= FLAGS_ANSWER_LIMIT
      ? { flags: messages.map((message) => ({ uid: message.uid, flags: [...(message.flags ?? [])] })) }
      : {}),
    ...(modseq !== undefined ? { modseq: modseq.toString() } : {}),
  };
}
