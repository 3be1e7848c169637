import 'server-only';
import type { MailboxObject } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { conditionalStore } from './commands/conditional-store';
import { uidSet } from './commands/uid-set';
import type { ImapLease } from './connection/pool';

export interface FlagChange {
  add: readonly string[];
  remove: readonly string[];
}

const NO_CONDSTORE =
  'This mail server cannot store flags only where nothing changed since (it lacks CONDSTORE, RFC 7162); send the change without unchangedSince.';

/** The session ENABLEd CONDSTORE and the mailbox keeps mod-sequences (RFC 7162 §3.1.2: no NOMODSEQ). */
export function assertConditionalStore(lease: ImapLease, mailbox?: MailboxObject): void {
  const enabled = lease.features.condstore && lease.client.enabled.has('CONDSTORE');
  if (!enabled || mailbox?.noModseq) throw new AppError('UNSUPPORTED', NO_CONDSTORE);
}

/**
 * Applies `change` to the messages of `set` whose mod-sequence is still at most
 * `unchangedSince` (RFC 7162 §3.1.3) and resolves with the UIDs it left alone because another
 * client changed them since.
 *
 * Adding or removing alone is one `+FLAGS`/`-FLAGS` STORE, atomic per message. Both at once
 * would be two STOREs, and a message changed between them would keep half the change; so
 * instead read each message's flags and MODSEQ, compute the list it should end with, and send
 * one replacing `FLAGS` STORE per distinct list. Each of those carries UNCHANGEDSINCE of the
 * highest MODSEQ just read in its group (at most `unchangedSince`): a message another client
 * touches between the FETCH and the STORE has a higher one and is refused, not overwritten.
 */
export async function storeUnchangedSince(
  lease: ImapLease,
  set: string,
  unchangedSince: string,
  { add, remove }: FlagChange,
): Promise<number[]> {
  const { client } = lease;
  if (remove.length === 0) return lease.write(() => conditionalStore(client, set, unchangedSince, '+FLAGS', add));
  if (add.length === 0) return lease.write(() => conditionalStore(client, set, unchangedSince, '-FLAGS', remove));

  const limit = BigInt(unchangedSince);
  const conflicts: number[] = [];
  const groups = new Map<string, { flags: string[]; uids: number[]; modseq: bigint }>();
  for (const message of await client.fetchAll(set, { uid: true, flags: true }, { uid: true })) {
    const modseq = message.modseq ?? limit + 1n;
    if (modseq > limit) {
      conflicts.push(message.uid);
      continue;
    }
    // \Recent belongs to the server (RFC 3501 §2.3.2) and cannot be stored.
    const kept = [...(message.flags ?? [])].filter((flag) => flag !== '\\Recent' && !remove.includes(flag));
    const flags = [...new Set([...kept, ...add])].sort();
    const key = flags.join(' ');
    const group = groups.get(key) ?? { flags, uids: [], modseq };
    group.uids.push(message.uid);
    if (modseq > group.modseq) group.modseq = modseq;
    groups.set(key, group);
  }
  for (const { flags, uids, modseq } of groups.values()) {
    conflicts.push(...(await lease.write(() => conditionalStore(client, uidSet(uids), modseq.toString(), 'FLAGS', flags))));
  }
  return conflicts.sort((a, b) => a - b);
}
