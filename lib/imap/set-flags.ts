import 'server-only';
import type { ImapFlow } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { mailboxPathFromId } from '@/lib/ids';
import type { FlagsResponse, ParsedFlagsRequest } from '@/lib/schemas/flags';
import type { Account } from '@/lib/session/account';
import { type Right, requireRights } from '@/lib/sharing/require-rights';
import { assigneeOf } from '@/lib/sharing/team-keywords';
import { assertKeywordsAllowed } from './assert-keywords-allowed';
import { uidSet } from './commands/uid-set';
import { expectDone } from './connection/errors';
import { withImap } from './connection/pool';
import { withMailbox } from './connection/with-mailbox';
import { readBackFlags } from './read-back-flags';
import { isClaim, retryUnclaimed } from './retry-unclaimed';
import { assertConditionalStore, storeUnchangedSince } from './store-unchanged-since';

// A dropped connection also answers false: lease.write() turns that into a connection loss first.
const REFUSED = 'The mail server refused to change the flags.';

/**
 * Adds and removes flags on a set of UIDs in one mailbox (`UID STORE +FLAGS` / `-FLAGS`,
 * RFC 3501 §6.4.6), then reads back what the messages carry. With `unchangedSince`, messages
 * another client changed since are left alone and named in a 409 CONFLICT (RFC 7162 §3.1.3).
 * The flags arrive validated (lib/schemas/flags.ts) and go out as atoms: no command text is built here.
 */
export function setFlags(account: Account, request: ParsedFlagsRequest): Promise<FlagsResponse> {
  const path = mailboxPathFromId(request.mailboxId);
  if (path === null) throw new AppError('NOT_FOUND', 'This folder does not exist.');
  const set = typeof request.uids === 'string' ? request.uids : uidSet(request.uids);
  const { add = [], remove = [], unchangedSince } = request;
  return withImap(
    account,
    (lease) => {
      // Refused before SELECT: nothing is sent to a server that cannot honour the condition.
      if (unchangedSince !== undefined) assertConditionalStore(lease);
      return withMailbox(lease.client, path, async (mailbox) => {
        const { client } = lease;
        if (request.uidValidity !== undefined && Number(mailbox.uidValidity) !== request.uidValidity) {
          throw new AppError('NOT_FOUND', 'This folder was recreated on the server; reload it.');
        }
        await requireRights(lease, path, ...rightsFor([...add, ...remove]));
        assertKeywordsAllowed(mailbox, add);
        if (unchangedSince !== undefined) {
          assertConditionalStore(lease, mailbox);
          let conflicts = await storeUnchangedSince(lease, set, unchangedSince, { add, remove });
          if (conflicts.length && isClaim(add)) conflicts = await retryUnclaimed(lease, conflicts, { add, remove });
          const result = await readBackFlags(client, set, conflicts);
          if (conflicts.length) throw conflict(conflicts, result.updated, await claimedBy(client, conflicts, add));
          return result;
        }
        // imapflow answers false, not an exception, when the server says NO to a STORE.
        if (add.length) expectDone(await lease.write(() => client.messageFlagsAdd(set, add, { uid: true })), 'INTERNAL', REFUSED);
        if (remove.length) {
          expectDone(await lease.write(() => client.messageFlagsRemove(set, remove, { uid: true })), 'INTERNAL', REFUSED);
        }
        return readBackFlags(client, set);
      });
    },
    { mailbox: path, retry: 'never' },
  );
}

/** RFC 4314 §4: \\Seen needs `s`, \\Deleted `t`, every other flag and keyword `w`. */
function rightsFor(flags: string[]): Right[] {
  const rights = new Set<Right>();
  for (const flag of flags) {
    const lower = flag.toLowerCase();
    rights.add(lower === '\\seen' ? 'maySetSeen' : lower === '\\deleted' ? 'mayRemoveItems' : 'maySetKeywords');
  }
  return [...rights];
}

function conflict(uids: number[], updated: string, winner: string | null): AppError {
  const rest = updated ? ` The others (${updated}) were changed.` : '';
  const what = uids.length === 1 ? 'this message' : `${uids.length} of these messages`;
  // A claim lost to a teammate's (design note B.2): say who, which is what the loser needs to know.
  const message = winner
    ? `${winner} took ${what} first; it was left as it is.${rest}`
    : `Another client changed ${what} meanwhile; they were left as they are.${rest}`;
  return new AppError('CONFLICT', message, { details: { uids, updated } });
}

/**
 * For a claim (a `$Assigned_<member>` being added) that lost: the member whose keyword the first
 * conflicting message now carries, read with one FETCH; null for any other conflict.
 */
async function claimedBy(client: ImapFlow, conflicts: number[], add: readonly string[]): Promise<string | null> {
  if (!isClaim(add)) return null;
  const [first] = await client.fetchAll(String(conflicts[0]), { uid: true, flags: true }, { uid: true });
  return first ? assigneeOf([...(first.flags ?? [])]) : null;
}
