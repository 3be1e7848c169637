import 'server-only';
import type { ImapFlow } from 'imapflow';
import type { FlagsResponse } from '@/lib/schemas/flags';
import { uidSet } from './commands/uid-set';

/** Enough for any screen of rows; a larger selection gets the UID set back without each message's flags. */
const FLAGS_ANSWER_LIMIT = 1000;

/**
 * One FETCH after the STOREs: Dovecot's untagged FETCH answers to a STORE cover only the
 * messages it changed (measured: `+FLAGS \Seen` on 1:3 with 1 seen already answered for 2 and 3),
 * and the client needs the flags of every message it asked about, whoever set them.
 * `except` leaves out messages the change did not touch (a conditional STORE's conflicts).
 */
export async function readBackFlags(client: ImapFlow, set: string, except: readonly number[] = []): Promise<FlagsResponse> {
  const skipped = new Set(except);
  const messages = (await client.fetchAll(set, { uid: true, flags: true }, { uid: true })).filter(
    (message) => !skipped.has(message.uid),
  );
  let modseq: bigint | undefined;
  for (const message of messages)
    if (message.modseq !== undefined && (modseq === undefined || message.modseq > modseq)) modseq = message.modseq;
  return {
    updated: uidSet(messages.map((message) => message.uid)),
    ...(messages.length <= FLAGS_ANSWER_LIMIT
      ? { flags: messages.map((message) => ({ uid: message.uid, flags: [...(message.flags ?? [])] })) }
      : {}),
    ...(modseq !== undefined ? { modseq: modseq.toString() } : {}),
  };
}
