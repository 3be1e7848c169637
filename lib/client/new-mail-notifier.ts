import type { MessageSummary } from '@/lib/schemas/message-list';
import { addressLabel } from '@/lib/ui/message-summary';

/** A burst is mail arriving less than this apart; more than BURST_SINGLES of it become one notification. */
export const BURST_GAP_MS = 2_000;
export const BURST_SINGLES = 3;
/** The tag a burst's summary replaces itself under (Notifications API: a notification with the same tag replaces the older one). */
export const BURST_TAG = 'letterbox-new-mail';

export interface NewMail {
  mailboxId: string;
  message: MessageSummary;
}

export interface NotificationRequest {
  title: string;
  body: string;
  tag: string;
  onClick: () => void;
}

export interface ShownNotification {
  close(): void;
}

interface NotifierOptions {
  show: (request: NotificationRequest) => ShownNotification | null;
  /** Focus the tab and open the message; for a burst, its folder. */
  openMessage: (mail: NewMail) => void;
  openFolder: (mailboxId: string) => void;
  now?: () => number;
}

/**
 * One desktop notification per new message, sender and subject, as mail clients do, until a
 * burst (a filter moving mail in, a mailing list's digest): past BURST_SINGLES messages less
 * than BURST_GAP_MS apart, their notifications give way to one "N new messages", which
 * later messages of the burst keep counting up. Nothing is delayed to find out.
 */
export function createNewMailNotifier({ show, openMessage, openFolder, now = Date.now }: NotifierOptions) {
  let burst: { last: number; count: number; singles: ShownNotification[] } | null = null;
  return (mail: NewMail) => {
    const time = now();
    if (!burst || time - burst.last >= BURST_GAP_MS) burst = { last: time, count: 0, singles: [] };
    burst.last = time;
    burst.count += 1;
    if (burst.count <= BURST_SINGLES) {
      const shown = show(single(mail, () => openMessage(mail)));
      if (shown) burst.singles.push(shown);
      return;
    }
    for (const shown of burst.singles.splice(0)) shown.close();
    show({ title: `${burst.count} new messages`, body: '', tag: BURST_TAG, onClick: () => openFolder(mail.mailboxId) });
  };
}

/** The tag an Inbox count notification replaces itself under: one at a time, the newest count. */
export const INBOX_TAG = 'letterbox-inbox-mail';

/**
 * Mail that reached the Inbox while another folder is open: the stream watches the open
 * folder only, and the Inbox's news is its counts (a `mailbox` event, from NOTIFY's STATUS,
 * RFC 5465 §5.2, or the periodic LIST-STATUS), with no sender or subject to show. So the
 * notification says how many arrived; null when the counts say none did (unread fell, or the
 * total did not grow: mail read or moved away elsewhere).
 */
export function inboxCountsNotification(
  before: { total: number; unseen: number },
  after: { total: number; unseen: number },
  onClick: () => void,
): NotificationRequest | null {
  const added = Math.min(after.total - before.total, after.unseen - before.unseen);
  if (added <= 0) return null;
  const body = added === 1 ? '1 new message' : `${added} new messages`;
  return { title: 'New mail in Inbox', body, tag: INBOX_TAG, onClick };
}

function single({ message }: NewMail, onClick: () => void): NotificationRequest {
  const sender = message.from.map(addressLabel).find(Boolean) ?? 'Unknown sender';
  return { title: sender, body: message.subject.trim() || '(no subject)', tag: message.id, onClick };
}

/**
 * The browser's notification for `request`, or null where there is none to show (no API, no
 * permission). Permission is asked only by the settings switch, a user action: browsers
 * ignore or penalise a request made on load.
 */
export function showDesktopNotification(request: NotificationRequest): ShownNotification | null {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return null;
  let notification: Notification;
  try {
    notification = new Notification(request.title, { body: request.body, tag: request.tag });
  } catch {
    // Chrome on Android allows notifications from a service worker only: the constructor throws there.
    return null;
  }
  notification.onclick = () => {
    window.focus();
    request.onClick();
    notification.close();
  };
  return notification;
}
