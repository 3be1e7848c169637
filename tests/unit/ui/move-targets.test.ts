import { describe, expect, it } from 'vitest';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { moveTargets } from '@/lib/ui/move-targets';
import { mailboxFixture } from '../../support/mailbox-fixture';

function folder(path: string, extra: Partial<Mailbox> = {}): Mailbox {
  return mailboxFixture(path, { id: `id:${path}`, total: 0, ...extra });
}

const mailboxes = [
  folder('INBOX'),
  folder('Archive', { specialUse: '\\Archive' }),
  folder('Work', { flags: ['\\Noselect'] }),
  folder('Work/2026'),
  folder('Projects'),
];

describe('moveTargets', () => {
  it('offers every selectable folder but the current one, nested ones with their parents', () => {
    expect(moveTargets(mailboxes, 'id:INBOX', '').map((target) => target.label)).toEqual(['Archive', 'Projects', 'Work / 2026']);
  });

  it('filters by any part of the name or path, ignoring case', () => {
    expect(moveTargets(mailboxes, 'id:INBOX', 'work').map((target) => target.id)).toEqual(['id:Work/2026']);
    expect(moveTargets(mailboxes, 'id:Archive', 'in').map((target) => target.id)).toEqual(['id:INBOX']);
    expect(moveTargets(mailboxes, 'id:INBOX', 'nothing')).toEqual([]);
  });
});
