import type { MessageSummary } from '@/lib/schemas/message-list';

/** Flags to add and to remove, as the flags endpoint takes them. */
export interface FlagChange {
  add?: readonly string[];
  remove?: readonly string[];
}

/** RFC 3501 §2.3.2: flags compare case-insensitively; the first spelling seen is kept. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function applyFlagChange(flags: readonly string[], { add = [], remove = [] }: FlagChange): string[] {
  const kept = flags.filter((flag) => !remove.some((gone) => same(gone, flag)));
  return [...kept, ...add.filter((flag) => !kept.some((have) => same(have, flag)))];
}

export function hasFlag(flags: readonly string[], flag: string): boolean {
  return flags.some((have) => same(have, flag));
}

/**
 * The change that undoes `change` on a message whose flags were `before`: only what the
 * change really altered, so an undo never clears a flag the message already had.
 */
export function inverseFlagChange(before: readonly string[], { add = [], remove = [] }: FlagChange): FlagChange {
  return {
    add: remove.filter((flag) => hasFlag(before, flag)),
    remove: add.filter((flag) => !hasFlag(before, flag)),
  };
}

/** How much the change moves the unseen count of these messages (RFC 3501: unseen = without \Seen). */
export function unseenDelta(messages: Iterable<MessageSummary>, change: FlagChange): number {
  let delta = 0;
  for (const message of messages) {
    const wasUnseen = !hasFlag(message.flags, '\\Seen');
    const isUnseen = !hasFlag(applyFlagChange(message.flags, change), '\\Seen');
    delta += Number(isUnseen) - Number(wasUnseen);
  }
  return delta;
}
