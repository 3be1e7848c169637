import { messageIdFromPath } from '@/lib/ui/mail-location';

/**
 * Opening a message changes only the URL, through the native History API (which Next's router
 * follows: usePathname updates without a server round trip), so j/k move through a folder as
 * fast as the keys repeat. The page under /mail/<mailbox>/<message> exists for reloads and links.
 *
 * History keeps at most one message entry above the list: the first message opened from the
 * list is pushed, moving to another one replaces it, so Back (or Escape) returns to the list.
 */
let pushedFromList = false;

export function showMessage(href: string): void {
  if (messageIdFromPath(window.location.pathname) !== null) {
    window.history.replaceState(null, '', href);
    return;
  }
  window.history.pushState(null, '', href);
  pushedFromList = true;
}

export function showList(href: string): void {
  if (messageIdFromPath(window.location.pathname) === null) return;
  // Going back returns to the list with its scroll position; a message opened from a link has no list behind it.
  if (pushedFromList) {
    pushedFromList = false;
    window.history.back();
    return;
  }
  window.history.pushState(null, '', href);
}

/**
 * An attached message opens on top of its parent: pushed, so Back (or the "back to the
 * message" link) returns to the parent exactly as it was.
 */
let pushedAttached = false;

export function showAttachedMessage(href: string): void {
  window.history.pushState(null, '', href);
  pushedAttached = true;
}

export function closeAttachedMessage(parentHref: string): void {
  if (pushedAttached) {
    pushedAttached = false;
    window.history.back();
    return;
  }
  window.history.replaceState(null, '', parentHref);
}

/**
 * Another folder, the same way: only the URL changes (the list's data comes from the API, so
 * there is nothing to ask the server to render). A folder has no message behind it to go back to.
 */
export function showFolder(href: string): void {
  window.history.pushState(null, '', href);
  pushedFromList = false;
  pushedAttached = false;
}
