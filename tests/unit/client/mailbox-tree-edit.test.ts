import { describe, expect, it } from 'vitest';
import { applyMailboxOperation, branchOf } from '@/lib/client/mailbox-tree-edit';
import { mailboxId } from '@/lib/ids';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { mailboxFixture } from '../../support/mailbox-fixture';

const folder = (path: string, total: number | null = 0): Mailbox => mailboxFixture(path, { total });

const tree = [
  folder('INBOX', 3),
  folder('Reisen', 2),
  folder('Reisen/Köln', 5),
  folder('Reisen/Köln/Belege', 1),
  folder('Reisenotes', 9),
];
const paths = (mailboxes: Mailbox[]) => mailboxes.map((mailbox) => mailbox.path);

describe('applyMailboxOperation', () => {
  it('adds a new folder and the levels above it that are missing', () => {
    const next = applyMailboxOperation(tree, { kind: 'mailbox', action: 'create', path: 'Projekt/2026' });
    expect(paths(next).slice(-2)).toEqual(['Projekt', 'Projekt/2026']);
    expect(next.at(-1)).toMatchObject({ name: '2026', parent: 'Projekt', id: mailboxId('Projekt/2026'), subscribed: true });
  });

  it('renames a branch, children following, and leaves a folder that only shares the prefix alone', () => {
    const next = applyMailboxOperation(tree, {
      kind: 'mailbox',
      action: 'rename',
      mailboxId: mailboxId('Reisen/Köln'),
      path: 'Archiv/Zürich ✈',
    });
    expect(paths(next)).toEqual(['INBOX', 'Reisen', 'Archiv/Zürich ✈', 'Archiv/Zürich ✈/Belege', 'Reisenotes']);
    expect(next[3]).toMatchObject({
      name: 'Belege',
      parent: 'Archiv/Zürich ✈',
      id: mailboxId('Archiv/Zürich ✈/Belege'),
      total: 1,
    });
  });

  it('removes a deleted branch only', () => {
    const next = applyMailboxOperation(tree, { kind: 'mailbox', action: 'delete', mailboxId: mailboxId('Reisen') });
    expect(paths(next)).toEqual(['INBOX', 'Reisenotes']);
  });
});

describe('branchOf', () => {
  it('counts the messages of the folder and its subfolders, and the subfolders that hold messages', () => {
    expect(branchOf(tree, folder('Reisen'))).toEqual({ messages: 8, subfolders: 2 });
    expect(branchOf([...tree, folder('Reisen/Gruppe', null)], folder('Reisen'))).toEqual({ messages: 8, subfolders: 2 });
  });
});
