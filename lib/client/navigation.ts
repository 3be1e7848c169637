import { urlChanged } from '@/lib/client/url-store';
import { messageIdFromPath } from '@/lib/ui/mail-location';

/**
 * Moving around /mail changes only the URL, through the History API without Next's router
 * (write() says why; our components read the URL from url-store.ts), so j/k move through a
 * folder as fast as the keys repeat. The pages exist for reloads and links.
 *
 * What an entry was pushed for lives in that entry's own `history.state`, never in a module
 * variable: after a reload, in a second tab, or back and forward through the history, each
 * entry still knows whether going back leads to the list (or to the message an attached
 * message was opened from), or whether nothing of ours is behind it.
 */
interface EntryState {
  /** How many of our entries sit above the folder's list: Back that many times returns to it. */
  aboveList?: number;
  /** Pushed by opening a message attached to the message of the entry below. */
  attached?: boolean;
  /** Pushed by opening the phone's folders pane over the entry below. */
  foldersPane?: boolean;
}

function current(): EntryState {
  const state: unknown = window.history.state;
  const ours = typeof state === 'object' && state !== null ? (state as { letterbox?: unknown }).letterbox : undefined;
  return typeof ours === 'object' && ours !== null ? (ours as EntryState) : {};
}

/**
 * Next wraps window.history.pushState and replaceState to re-render its router on every call:
 * its URL readers, its layout router, and its route tree copied into the entry. That cost 25-60
 * ms of main thread per folder switch or message open here (Chromium traces, issue 12), for
 * pages that read the URL from url-store.ts instead. So entries are written with the History
 * methods the browser defines, under the wrapper. Each keeps the router's own keys, copied from
 * the entry below, so Back and Forward restore it as one of the router's (a popstate without
 * them would reload the page). Ours live under `letterbox`. The URL's readers (useUrlValue)
 * hear of the change at once; history.back() and go() reach them by popstate.
 */
function write(method: 'pushState' | 'replaceState', entry: EntryState, href: string): void {
  const below: unknown = window.history.state;
  const routerKeys = typeof below === 'object' && below !== null ? below : {};
  const unwrapped = Object.getPrototypeOf(window.history) as History;
  unwrapped[method].call(window.history, { ...routerKeys, letterbox: entry }, '', href);
  urlChanged();
}

function push(entry: EntryState, href: string): void {
  write('pushState', entry, href);
}

function replace(entry: EntryState, href: string): void {
  write('replaceState', entry, href);
}

/**
 * History keeps at most one message entry above the list: the first message opened from the
 * list is pushed, moving to another one replaces it, so Back (or Escape) returns to the list.
 */
export function showMessage(href: string): void {
  if (messageIdFromPath(window.location.pathname) !== null) replace({ aboveList: current().aboveList }, href);
  else push({ aboveList: 1 }, href);
}

export function showList(href: string): void {
  if (messageIdFromPath(window.location.pathname) === null) return;
  // Going back returns to the list with its scroll position; a message opened from a link has no list behind it.
  // From an attached message one step back leads to its parent, as before the History-state rewrite.
  const { aboveList, attached } = current();
  if (attached) window.history.back();
  else if (aboveList) window.history.go(-aboveList);
  else push({}, href);
}

/**
 * An attached message opens on top of its parent: pushed, so Back (or the "back to the
 * message" link) returns to the parent exactly as it was.
 */
export function showAttachedMessage(href: string): void {
  const { aboveList } = current();
  push({ attached: true, aboveList: aboveList ? aboveList + 1 : undefined }, href);
}

export function closeAttachedMessage(parentHref: string): void {
  const entry = current();
  if (entry.attached) window.history.back();
  else replace({ aboveList: entry.aboveList }, parentHref);
}

/** A search shown in the list's place, or the folder again when it is cleared: Back returns to what was shown before. */
export function showSearch(href: string): void {
  push({}, href);
}

/** The same search over other folders (the "all folders" switch): no new place to go back to. */
export function changeSearchScope(href: string): void {
  replace({}, href);
}

/** Another folder, the same way. A folder has nothing of ours behind it to go back to. */
export function showFolder(href: string): void {
  push({}, href);
}

/**
 * On phones the folder tree is a full-screen pane reached through `?pane=folders`; its own
 * entry makes the browser's back button close it.
 */
export function openFoldersPane(): void {
  const params = new URLSearchParams(window.location.search);
  params.set('pane', 'folders');
  const { aboveList } = current();
  push({ foldersPane: true, aboveList: aboveList ? aboveList + 1 : undefined }, `${window.location.pathname}?${params}`);
}

export function closeFoldersPane(): void {
  // Going back returns to the list we came from; a pane opened from a shared link has nothing behind it to go back to.
  const entry = current();
  if (entry.foldersPane) {
    window.history.back();
    return;
  }
  const params = new URLSearchParams(window.location.search);
  params.delete('pane');
  const query = params.toString();
  replace({ aboveList: entry.aboveList }, query ? `${window.location.pathname}?${query}` : window.location.pathname);
}

/**
 * Another order for the list: the entry is replaced, not pushed (a new order is no place to go
 * back to). It forgets the list below it: going back would show that list in its old order, so
 * closing an open message pushes the list in the new one instead.
 */
export function changeSort(href: string): void {
  replace({}, href);
}

/** The open folder was renamed or deleted: its entry now shows the folder it became (or INBOX), with no message open. */
export function replaceFolder(href: string): void {
  replace({}, href);
}
