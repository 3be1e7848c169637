import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BURST_TAG,
  createNewMailNotifier,
  INBOX_TAG,
  inboxCountsNotification,
  type NewMail,
  type NotificationRequest,
  showDesktopNotification,
} from '@/lib/client/new-mail-notifier';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const mail = (uid: number, name = `Sender ${uid}`): NewMail => ({
  mailboxId: INBOX,
  message: { ...summaryRow(uid), from: [{ name, address: `s${uid}@example.com` }], subject: `Subject ${uid}` },
});

let time: number;
let shown: Array<NotificationRequest & { closed: boolean }>;
let opened: string[];
let notify: (mail: NewMail) => void;

beforeEach(() => {
  time = 1_000_000;
  shown = [];
  opened = [];
  notify = createNewMailNotifier({
    show: (request) => {
      const entry = { ...request, closed: false };
      shown.push(entry);
      return { close: () => (entry.closed = true) };
    },
    openMessage: ({ message }) => opened.push(message.id),
    openFolder: (mailboxId) => opened.push(`folder ${mailboxId}`),
    now: () => time,
  });
});
afterEach(() => vi.unstubAllGlobals());

const open = () => shown.filter((entry) => !entry.closed).map((entry) => entry.title);

describe('new-mail notifications', () => {
  it('show sender and subject, one per message, and a click opens that message', () => {
    notify(mail(1, 'Ann Example'));
    expect(shown[0]).toMatchObject({ title: 'Ann Example', body: 'Subject 1', tag: 'id-1' });
    shown[0]?.onClick();
    expect(opened).toEqual(['id-1']);
  });

  it('become one “N new messages” past three within 2 s, which keeps counting', () => {
    for (const uid of [1, 2, 3]) {
      notify(mail(uid));
      time += 500;
    }
    expect(open()).toEqual(['Sender 1', 'Sender 2', 'Sender 3']);
    notify(mail(4));
    expect(open()).toEqual(['4 new messages']);
    time += 1_900;
    notify(mail(5));
    expect(open()).toEqual(['4 new messages', '5 new messages']);
    // Same tag: the browser replaces the summary in place rather than stacking a second one.
    expect(shown.filter((entry) => entry.tag === BURST_TAG)).toHaveLength(2);
    shown.at(-1)?.onClick();
    expect(opened).toEqual([`folder ${INBOX}`]);
  });

  it('start again one by one after a quiet 2 s', () => {
    for (const uid of [1, 2, 3, 4]) notify(mail(uid));
    time += 2_000;
    notify(mail(5));
    expect(shown.at(-1)).toMatchObject({ title: 'Sender 5' });
  });

  it('name a sender without a display name by address, and a message without subject as such', () => {
    notify({ mailboxId: INBOX, message: { ...summaryRow(9), from: [{ name: '', address: 'x@example.com' }], subject: ' ' } });
    expect(shown[0]).toMatchObject({ title: 'x@example.com', body: '(no subject)' });
  });
});

/** The Notifications API's constructor, keeping what it was asked to show. */
class FakeNotification {
  static permission: NotificationPermission = 'default';
  static made: FakeNotification[] = [];
  onclick: (() => void) | null = null;
  close = vi.fn();
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.made.push(this);
  }
}

describe('showDesktopNotification', () => {
  const request: NotificationRequest = { title: 'Ann', body: 'Hi', tag: 'id-1', onClick: vi.fn() };

  function fakeNotification(permission: NotificationPermission) {
    const focus = vi.fn();
    FakeNotification.made = [];
    FakeNotification.permission = permission;
    vi.stubGlobal('window', { focus });
    vi.stubGlobal('Notification', FakeNotification);
    return { made: FakeNotification.made, focus };
  }

  it('shows nothing without the browser’s permission (it is never asked here)', () => {
    const { made } = fakeNotification('default');
    expect(showDesktopNotification(request)).toBeNull();
    expect(made).toHaveLength(0);
  });

  it('with permission, shows it; a click focuses the tab, opens, and closes it', () => {
    const { made, focus } = fakeNotification('granted');
    expect(showDesktopNotification(request)).not.toBeNull();
    expect(made[0]).toMatchObject({ title: 'Ann', options: { body: 'Hi', tag: 'id-1' } });
    made[0]?.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(request.onClick).toHaveBeenCalled();
    expect(made[0]?.close).toHaveBeenCalled();
  });
});

describe('inboxCountsNotification', () => {
  const click = () => {};
  it('counts the messages that arrived, by the smaller of the total and unread growth', () => {
    expect(inboxCountsNotification({ total: 10, unseen: 2 }, { total: 11, unseen: 3 }, click)).toMatchObject({
      title: 'New mail in Inbox',
      body: '1 new message',
      tag: INBOX_TAG,
    });
    // Three arrived, one of them already read on another device.
    expect(inboxCountsNotification({ total: 10, unseen: 2 }, { total: 13, unseen: 4 }, click)?.body).toBe('2 new messages');
  });

  it('says nothing when no unread mail arrived: read elsewhere, moved away, or read as it came', () => {
    expect(inboxCountsNotification({ total: 10, unseen: 2 }, { total: 10, unseen: 1 }, click)).toBeNull();
    expect(inboxCountsNotification({ total: 10, unseen: 2 }, { total: 9, unseen: 2 }, click)).toBeNull();
    // A message read while another arrived: the total grew, unread did not.
    expect(inboxCountsNotification({ total: 10, unseen: 2 }, { total: 11, unseen: 2 }, click)).toBeNull();
  });
});
