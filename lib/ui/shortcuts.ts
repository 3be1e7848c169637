/**
 * Every keyboard shortcut, in one table: the key handlers dispatch from it and the `?`
 * overlay lists it, so the two never disagree. Keys are KeyboardEvent.key values, Gmail's
 * (https://support.google.com/mail/answer/6594): Shift is in the key itself ('#', 'I', '?'),
 * and a two-key sequence is written with a space ('g i').
 */
export type ShortcutId =
  | 'next'
  | 'previous'
  | 'open'
  | 'close'
  | 'first'
  | 'last'
  | 'search'
  | 'select'
  | 'selectAll'
  | 'star'
  | 'archive'
  | 'delete'
  | 'junk'
  | 'markRead'
  | 'markUnread'
  | 'move'
  | 'label'
  | 'undo'
  | 'compose'
  | 'reply'
  | 'replyAll'
  | 'forward'
  | 'goInbox'
  | 'goSent'
  | 'goTrash'
  | 'help';

export type ShortcutGroup = 'Navigate' | 'Select' | 'Organise' | 'Write' | 'Go to' | 'Help';

export interface Shortcut {
  id: ShortcutId;
  keys: readonly string[];
  description: string;
  group: ShortcutGroup;
  /** Keys that count only while focus is on the list (or nowhere): elsewhere they scroll a message or a page. */
  listKeys?: readonly string[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'next', keys: ['j'], listKeys: ['ArrowDown'], description: 'Next message', group: 'Navigate' },
  { id: 'previous', keys: ['k'], listKeys: ['ArrowUp'], description: 'Previous message', group: 'Navigate' },
  { id: 'open', keys: [], listKeys: ['Enter'], description: 'Open message', group: 'Navigate' },
  { id: 'close', keys: ['Escape'], description: 'Back to the list', group: 'Navigate' },
  { id: 'first', keys: [], listKeys: ['Home'], description: 'First message', group: 'Navigate' },
  { id: 'last', keys: [], listKeys: ['End'], description: 'Last message', group: 'Navigate' },
  { id: 'search', keys: ['/'], description: 'Search mail', group: 'Navigate' },
  { id: 'select', keys: ['x'], description: 'Select message', group: 'Select' },
  { id: 'selectAll', keys: ['* a'], description: 'Select all in this folder', group: 'Select' },
  { id: 'star', keys: ['s'], description: 'Star or unstar', group: 'Organise' },
  { id: 'archive', keys: ['e'], description: 'Archive', group: 'Organise' },
  { id: 'delete', keys: ['#'], description: 'Delete', group: 'Organise' },
  { id: 'junk', keys: ['!'], description: 'Mark as junk', group: 'Organise' },
  { id: 'markRead', keys: ['I'], description: 'Mark as read', group: 'Organise' },
  { id: 'markUnread', keys: ['U', 'u'], description: 'Mark as unread', group: 'Organise' },
  { id: 'move', keys: ['v'], description: 'Move to…', group: 'Organise' },
  { id: 'label', keys: ['l'], description: 'Label…', group: 'Organise' },
  { id: 'undo', keys: ['z'], description: 'Undo', group: 'Organise' },
  { id: 'compose', keys: ['c'], description: 'Write a new message', group: 'Write' },
  { id: 'reply', keys: ['r'], description: 'Reply', group: 'Write' },
  { id: 'replyAll', keys: ['a'], description: 'Reply all', group: 'Write' },
  { id: 'forward', keys: ['f'], description: 'Forward', group: 'Write' },
  { id: 'goInbox', keys: ['g i'], description: 'Go to Inbox', group: 'Go to' },
  { id: 'goSent', keys: ['g s'], description: 'Go to Sent', group: 'Go to' },
  { id: 'goTrash', keys: ['g t'], description: 'Go to Trash', group: 'Go to' },
  { id: 'help', keys: ['?'], description: 'Show these shortcuts', group: 'Help' },
];

/** The first keys of every sequence ('g', '*'): pressed alone they wait for the second. */
const PREFIXES = new Set(
  SHORTCUTS.flatMap((shortcut) => shortcut.keys.filter((key) => key.includes(' ')).map((key) => key.split(' ')[0])),
);

export type KeyMatch = { shortcut: Shortcut } | { pending: string } | null;

/** The shortcut `key` completes, given the sequence prefix pressed just before (or null). */
export function matchShortcut(key: string, pending: string | null, inList: boolean): KeyMatch {
  const typed = pending ? `${pending} ${key}` : key;
  const shortcut = SHORTCUTS.find(
    (candidate) => candidate.keys.includes(typed) || (inList && !pending && candidate.listKeys?.includes(typed)),
  );
  if (shortcut) return { shortcut };
  if (!pending && PREFIXES.has(key)) return { pending: key };
  return null;
}

/** How a key reads in the overlay and in tooltips: 'Shift+I', '↓', 'g then i'. */
export function keyLabel(key: string): string {
  if (key.includes(' ')) return key.split(' ').map(keyLabel).join(' then ');
  const named: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };
  if (named[key]) return named[key];
  if (key.length === 1 && key !== key.toLowerCase()) return `Shift+${key}`;
  return key;
}

/** Every key of a shortcut, list-only ones last, for the overlay. */
export function allKeys(shortcut: Shortcut): readonly string[] {
  return [...shortcut.keys, ...(shortcut.listKeys ?? [])];
}

/** The first key of a shortcut, for a button's tooltip ("Archive (e)"). */
export function shortcutHint(id: ShortcutId): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.id === id);
  const first = shortcut ? allKeys(shortcut)[0] : undefined;
  return first ? keyLabel(first) : '';
}

/** True when the key belongs to what the user is typing into, not to the mail shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  // A checkbox or button keeps focus after a click, yet nothing is typed into it.
  const field =
    'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select, [contenteditable="true"]';
  return target.isContentEditable || target.closest(field) !== null;
}
