/**
 * The tab's title with the Inbox's unread count in front, as mail clients show it, so a tab
 * in the background says when mail came: "(3) Inbox · Letterbox" (the separator of the app's
 * title template, app/layout.tsx). Without unread mail, or before the count is known, the
 * title is the page's own.
 */
export function unreadTitle(title: string, unread: number | null | undefined): string {
  return unread ? `(${unread}) Inbox · ${title}` : title;
}
