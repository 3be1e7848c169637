/**
 * The rows the reader has ticked in one folder, as Gmail and Fastmail select them: a click on
 * a checkbox (or ctrl/cmd-click) toggles one row, shift-click adds the run from the last
 * toggled row, and "select all" means the whole folder, loaded or not. Pure: the list keeps
 * the value in state; tests call these directly.
 */
export interface Selection {
  /** The ticked rows' UIDs (across folders, where UIDs repeat, the list's own row numbers: selection-context.tsx). */
  readonly uids: ReadonlySet<number>;
  /** Where the next shift-click range starts: the row toggled last. */
  readonly anchor: number | null;
  /** Every message of the folder, including rows never loaded. */
  readonly all: boolean;
}

export const NO_SELECTION: Selection = { uids: new Set(), anchor: null, all: false };

export function isSelected(selection: Selection, uid: number): boolean {
  return selection.all || selection.uids.has(uid);
}

export function hasSelection(selection: Selection): boolean {
  return selection.all || selection.uids.size > 0;
}

/** One row in or out; it becomes the anchor. Leaving "all" keeps the loaded rows but this one. */
export function toggleRow(selection: Selection, uid: number, loaded: readonly number[]): Selection {
  const uids = new Set(selection.all ? loaded : selection.uids);
  if (uids.has(uid)) uids.delete(uid);
  else uids.add(uid);
  return { uids, anchor: uid, all: false };
}

/**
 * Shift-click: every row from the anchor to `uid` in list order joins the selection (rows
 * already selected elsewhere stay). Without an anchor still in the list, it toggles one row.
 */
export function selectRange(selection: Selection, uid: number, order: readonly number[]): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(uid);
  if (from < 0 || to < 0) return toggleRow(selection, uid, order);
  const uids = new Set(selection.all ? order : selection.uids);
  for (let index = Math.min(from, to); index <= Math.max(from, to); index++) uids.add(order[index] as number);
  return { uids, anchor: uid, all: false };
}

export function selectAll(): Selection {
  return { uids: new Set(), anchor: null, all: true };
}

/** A row click with its modifiers: null means "not a selection click" (a plain click opens the message). */
export function clickSelection(
  selection: Selection,
  uid: number,
  order: readonly number[],
  modifiers: { shift: boolean; toggle: boolean },
): Selection | null {
  if (modifiers.shift) return selectRange(selection, uid, order);
  if (modifiers.toggle) return toggleRow(selection, uid, order);
  return null;
}

/** Drops rows that left the list (moved, deleted, expunged elsewhere); "all" stays all. */
export function keepPresent(selection: Selection, order: readonly number[]): Selection {
  if (selection.all || selection.uids.size === 0) return selection;
  const present = new Set(order);
  const uids = new Set([...selection.uids].filter((uid) => present.has(uid)));
  if (uids.size === selection.uids.size) return selection;
  return { uids, anchor: selection.anchor !== null && present.has(selection.anchor) ? selection.anchor : null, all: false };
}

/**
 * What an operation is sent: the ticked UIDs, or for the whole folder the one UID set
 * `1:<UIDNEXT-1>` (RFC 3501 §2.3.1.1: every UID is below UIDNEXT), never every UID downloaded.
 */
export function selectionUids(
  selection: Selection,
  uidNext: number | undefined,
  loaded: readonly number[],
): readonly number[] | string {
  if (!selection.all) return [...selection.uids].sort((a, b) => a - b);
  if (uidNext !== undefined && uidNext > 1) return `1:${uidNext - 1}`;
  // A server that gave no UIDNEXT: the largest loaded UID bounds what we have seen.
  const highest = Math.max(0, ...loaded);
  return highest > 0 ? `1:${highest}` : [];
}

/** How many messages the selection names, for the toolbar ("3 selected", "All 1,204"). */
export function selectedCount(selection: Selection, total: number): number {
  return selection.all ? total : selection.uids.size;
}
