import type { MessageSummary } from '@/lib/schemas/message-list';
import type { MoveResponse } from '@/lib/schemas/move';
import { ACTION_KEYWORDS } from '@/lib/schemas/values';
import { applyFlagChange, type FlagChange, hasFlag, inverseFlagChange } from './flag-change';
import type { FlagsOperation, MoveOperation } from './operations';

/**
 * The operations that undo a move, to run in order: the new UIDs (from COPYUID, RFC 4315 §3)
 * moved back from the destination; for junk and not-junk, first their keywords taken back
 * there (inverseFlags, with each loaded message's flags from `before`, keyed by old UID).
 * None when nothing can be named there: a permanent delete, a copy (its undo would be a
 * delete, which Letterbox does not offer), or an empty uidMap.
 */
export function inverseMove(
  operation: MoveOperation,
  response: MoveResponse,
  before: ReadonlyMap<number, MessageSummary> = new Map(),
): Array<FlagsOperation | MoveOperation> {
  if (operation.action === 'copy' || response.to === null || response.uidMap.length === 0) return [];
  const newUids = response.uidMap.map(([, newUid]) => newUid);
  const back: MoveOperation = {
    kind: 'move',
    action: 'move',
    mailboxId: response.to,
    uidValidity: response.toUidValidity,
    uids: uidSet(newUids),
    to: operation.mailboxId,
  };
  if (operation.action !== 'junk' && operation.action !== 'not-junk') return [back];
  const keywords = ACTION_KEYWORDS[operation.action];
  const loaded = new Map<number, MessageSummary>();
  for (const [oldUid, newUid] of response.uidMap) {
    const message = before.get(oldUid);
    if (message) loaded.set(newUid, { ...message, uid: newUid });
  }
  const there = { kind: 'flags' as const, mailboxId: response.to, uidValidity: response.toUidValidity };
  // Each loaded message gets back exactly the keywords it had (inverseFlags).
  const exact = loaded.size > 0 ? inverseFlags({ ...there, ...keywords, uids: [...loaded.keys()] }, loaded) : [];
  // One never loaded loses the keyword it was given; whether it had the other one is unknown, so that is left.
  const unknown = newUids.filter((uid) => !loaded.has(uid));
  const rest: FlagsOperation[] = unknown.length > 0 ? [{ ...there, uids: unknown, remove: keywords.add }] : [];
  return [...exact, ...rest, back];
}

/**
 * The operations that undo a flag change: each message gets back exactly what it had
 * (inverseFlagChange), so messages already starred stay starred when a bulk star is undone.
 * Messages whose flags were never loaded (a whole-folder selection) get the plain opposite.
 */
export function inverseFlags(operation: FlagsOperation, before: ReadonlyMap<number, MessageSummary>): FlagsOperation[] {
  const base = { kind: 'flags' as const, mailboxId: operation.mailboxId, uidValidity: operation.uidValidity };
  const opposite: FlagChange = { add: operation.remove, remove: operation.add };
  // A UID set is never expanded: the whole set gets the plain opposite first, then each loaded
  // message what it takes to get from there back to its own flags (operations run in order).
  const wholeSet = typeof operation.uids === 'string';
  const groups = new Map<string, { change: FlagChange; uids: number[] }>();
  for (const [uid, message] of before) {
    const after = applyFlagChange(message.flags, operation);
    const change = wholeSet
      ? restore(message.flags, applyFlagChange(after, opposite), operation)
      : inverseFlagChange(message.flags, operation);
    if (!change.add?.length && !change.remove?.length) continue;
    if (!change.add?.length) delete change.add;
    if (!change.remove?.length) delete change.remove;
    const key = JSON.stringify(change);
    const group = groups.get(key) ?? { change, uids: [] };
    group.uids.push(uid);
    groups.set(key, group);
  }
  const exact: FlagsOperation[] = [...groups.values()].map(({ change, uids }) => ({ ...base, ...change, uids }));
  if (typeof operation.uids === 'string') return [{ ...base, ...opposite, uids: operation.uids }, ...exact];
  const rest = operation.uids.filter((uid) => !before.has(uid));
  return rest.length > 0 ? [...exact, { ...base, ...opposite, uids: rest }] : exact;
}

/** The change, within the flags `change` touched, that takes a message from `now` back to `was`. */
function restore(was: readonly string[], now: readonly string[], { add = [], remove = [] }: FlagChange): FlagChange {
  const touched = [...add, ...remove];
  return {
    add: touched.filter((flag) => hasFlag(was, flag) && !hasFlag(now, flag)),
    remove: touched.filter((flag) => !hasFlag(was, flag) && hasFlag(now, flag)),
  };
}

/** RFC 3501 §9 sequence-set of ascending runs ("4:9,12"): a whole folder's map stays one short string. */
export function uidSet(uids: readonly number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    const start = sorted[index] as number;
    let end = start;
    while (sorted[index + 1] === end + 1) end = sorted[++index] as number;
    index++;
    runs.push(start === end ? String(start) : `${start}:${end}`);
  }
  return runs.join(',');
}
