import 'server-only';
import type { ImapFlow } from 'imapflow';
import { atom, rawCommand, sequence, tokenText } from './raw-command';
import { expandUidSet } from './uid-set';

/** `+FLAGS` adds, `-FLAGS` removes, `FLAGS` replaces the whole list (RFC 3501 §6.4.6). */
export type StoreOperation = '+FLAGS' | '-FLAGS' | 'FLAGS';

/**
 * `UID STORE <set> (UNCHANGEDSINCE <modseq>) <operation> (<flags>)` (RFC 7162 §3.1.3): the
 * server changes only the messages whose mod-sequence is still at most `unchangedSince` and
 * names the others in the tagged OK's `[MODIFIED <set>]`. imapflow's messageFlagsAdd() takes
 * `unchangedSince` too but answers `true` whatever MODIFIED says (2.10.2, dist/esm/commands/
 * store.js: it discards the tagged response), so the refusal would read as success.
 *
 * Each flag goes out as an ATOM token, validated by lib/schemas/flags.ts: nothing here builds
 * command text. Only call it where the session ENABLEd CONDSTORE (imapflow does on connect)
 * and the mailbox has mod-sequences (no NOMODSEQ).
 *
 * Resolves with the UIDs the server refused as modified since `unchangedSince`.
 */
export async function conditionalStore(
  client: ImapFlow,
  set: string,
  unchangedSince: string,
  operation: StoreOperation,
  flags: readonly string[],
): Promise<number[]> {
  const completion = await rawCommand(client, 'UID STORE', [
    sequence(set),
    [atom('UNCHANGEDSINCE'), atom(unchangedSince)],
    atom(operation),
    flags.map(atom),
  ]);
  if (completion.code !== 'MODIFIED') return [];
  const modified = tokenText(completion.codeArguments[0]);
  return modified ? expandUidSet(modified) : [];
}
