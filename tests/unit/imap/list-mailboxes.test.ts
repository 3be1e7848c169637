import { describe, expect, it } from 'vitest';
import { namespaceOf } from '@/lib/imap/folders/namespace-of';
import { sortMailboxes } from '@/lib/imap/list-mailboxes';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { mailboxFixture } from '../../support/mailbox-fixture';

const namespaces = {
  personal: [{ prefix: '', delimiter: '/' }],
  other: false as const,
  shared: [{ prefix: 'shared/', delimiter: '/' }],
};

const mailbox = (path: string, specialUse: Mailbox['specialUse'] = null): Mailbox =>
  mailboxFixture(path, { specialUse, namespace: namespaceOf(path, namespaces) });

describe('namespaceOf', () => {
  it('puts INBOX and top-level folders in the personal namespace', () => {
    expect(namespaceOf('INBOX', namespaces)).toBe('personal');
    expect(namespaceOf('Team Stuff/Child', namespaces)).toBe('personal');
  });

  it('uses the longest matching prefix, including the namespace root itself', () => {
    expect(namespaceOf('shared/bob/INBOX', namespaces)).toBe('shared');
    expect(namespaceOf('shared', namespaces)).toBe('shared');
  });
});

describe('sortMailboxes', () => {
  it('orders special-use first, then folders with children right after their parent', () => {
    const sorted = sortMailboxes([
      mailbox('zeta'),
      mailbox('Trash', '\\Trash'),
      mailbox('Team Stuff/Child'),
      mailbox('shared/bob/INBOX'),
      mailbox('Sent', '\\Sent'),
      mailbox('Team Stuff'),
      mailbox('INBOX', '\\Inbox'),
      mailbox('Drafts', '\\Drafts'),
      mailbox('Team-Stuff'),
      mailbox('Données clients'),
    ]);
    expect(sorted.map((m) => m.path)).toEqual([
      'INBOX',
      'Drafts',
      'Sent',
      'Trash',
      'Données clients',
      'Team Stuff',
      'Team Stuff/Child',
      'Team-Stuff',
      'zeta',
      'shared/bob/INBOX',
    ]);
  });
});
