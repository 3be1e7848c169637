import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImapAccount } from '@/lib/imap/account';
import { guardedMailbox } from '@/lib/imap/guarded-mailboxes';

const account = (user: string) => ({ user, host: 'IMAP.example.org', port: 993 }) as ImapAccount;

describe('guardedMailbox', () => {
  afterEach(() => vi.useRealTimers());

  it('is off on a first attempt, on for a retry, and stays on for that mailbox for an hour', () => {
    vi.useFakeTimers();
    expect(guardedMailbox(account('ann'), 'INBOX', 1)).toBe(false);
    expect(guardedMailbox(account('ann'), 'INBOX', 2)).toBe(true);
    expect(guardedMailbox(account('ann'), 'INBOX', 1)).toBe(true);
    expect(guardedMailbox({ ...account('ann'), host: 'imap.example.org' }, 'INBOX', 1)).toBe(true);
    vi.advanceTimersByTime(60 * 60 * 1000 + 1);
    expect(guardedMailbox(account('ann'), 'INBOX', 1)).toBe(false);
  });

  it('remembers per user and per mailbox', () => {
    guardedMailbox(account('bob'), 'Archive', 2);
    expect(guardedMailbox(account('bob'), 'INBOX', 1)).toBe(false);
    expect(guardedMailbox(account('carol'), 'Archive', 1)).toBe(false);
    expect(guardedMailbox(account('bob'), 'Archive', 1)).toBe(true);
  });
});
